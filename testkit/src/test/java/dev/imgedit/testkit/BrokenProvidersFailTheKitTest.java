package dev.imgedit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.imgedit.ImageEditProvider;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.testkit.example.MirrorProviderFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** The kit is worth running only if it fails a broken provider: each broken one here fails the test meant for it. */
class BrokenProvidersFailTheKitTest {

    @Test
    void aProviderThatHandsEveryCallerTheLastResultFailsTheConcurrencyTest() {
        Events events = run(MixingContract.class, "concurrentEditsEachGetTheirOwnResult");
        assertThat(failedTests(events)).containsExactly("concurrentEditsEachGetTheirOwnResult()");
    }

    @Test
    void aProviderThatNeverReportsProgressFailsTheProgressTest() {
        Events events = run(SilentContract.class, "theListenerIsToldOfProgressWhileAJobQueues");
        assertThat(failedTests(events)).containsExactly("theListenerIsToldOfProgressWhileAJobQueues()");
    }

    @Test
    void theSameKitPassesTheWorkingProvider() {
        Events events = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass("dev.imgedit.testkit.example.MirrorProviderContractTest")).execute().testEvents();
        assertThat(failedTests(events)).isEmpty();
        assertThat(events.succeeded().count()).isGreaterThanOrEqualTo(12);
    }

    private static Events run(Class<?> contract, String method) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectMethod(contract, method)).execute().testEvents();
    }

    private static List<String> failedTests(Events events) {
        return events.failed().stream().map(Event::getTestDescriptor).map(d -> d.getDisplayName()).toList();
    }

    /** Run only through {@link EngineTestKit}: its name keeps the build's own test run away from it. */
    static class MixingContract extends ImageEditProviderContract {
        @Override
        protected ImageEditProvider openProvider() {
            return new BrokenProviders.LastResultToEveryone(new MirrorProviderFactory().create(ProviderConfig.empty()));
        }

        @Override
        protected long requestsSent() {
            return 0;
        }
    }

    /** Run only through {@link EngineTestKit}. */
    static class SilentContract extends ImageEditProviderContract {
        @Override
        protected ImageEditProvider openProvider() {
            return openProviderWhoseJobsQueue();
        }

        @Override
        protected ImageEditProvider openProviderWhoseJobsQueue() {
            return new BrokenProviders.SilentWhileQueued(new MirrorProviderFactory().create(
                    ProviderConfig.of(Map.of("MIRROR_QUEUE_CHECKS", "2"))));
        }

        @Override
        protected long requestsSent() {
            return 0;
        }
    }
}
