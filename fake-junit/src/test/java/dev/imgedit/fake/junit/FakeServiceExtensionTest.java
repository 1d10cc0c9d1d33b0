package dev.imgedit.fake.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.imgedit.EditRequest;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageInput;
import dev.imgedit.fake.FakeClock;
import dev.imgedit.fake.FakeService;
import dev.imgedit.fake.Outcome;
import dev.imgedit.testkit.TestImages;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * The extension's promises, each shown by running a small test class through JUnit itself: a fresh service per test
 * in a parameter or a field, closed after the test, whose script must have been followed.
 */
class FakeServiceExtensionTest {
    /** What the sample classes saw, for the assertions here. */
    static final List<FakeService> SEEN = new CopyOnWriteArrayList<>();

    private static final EditRequest SNOW =
            EditRequest.builder(ImageInput.bytes(TestImages.png(32, 24)), "make it snow").build();

    @BeforeEach
    void forget() {
        SEEN.clear();
    }

    @Test
    void eachTestGetsAFreshServiceWhoseParametersAreAllOfIt() {
        Events events = run(Parameters.class);

        assertThat(events.failed().count()).as(failures(events)).isZero();
        assertThat(events.succeeded().count()).isEqualTo(2);
        assertThat(SEEN).hasSize(2).doesNotHaveDuplicates();
        assertThat(SEEN).allSatisfy(service -> assertThatThrownBy(() -> service.provider().submit(SNOW))
                .as("closed after its test").isInstanceOf(IllegalStateException.class));
    }

    @Test
    void anInstanceFieldIsSetBeforeEachTestAndBeforeEachMethodsSeeTheSameService() {
        Events events = run(Fields.class);

        assertThat(events.failed().count()).as(failures(events)).isZero();
        assertThat(SEEN).hasSize(4);
        assertThat(SEEN.get(0)).isSameAs(SEEN.get(1));
        assertThat(SEEN.get(2)).isSameAs(SEEN.get(3)).isNotSameAs(SEEN.get(0));
    }

    @Test
    void anOutcomeLeftUnusedFailsTheTestSayingWhich() {
        Events events = run(UnusedOutcome.class);

        assertThat(failureMessage(events)).contains("the fake's script has outcomes no submit used: #2 job-fails");
    }

    @Test
    void aScriptThatRanOutFailsTheTestEvenWhenTheApplicationSwallowedTheError() {
        Events events = run(SwallowedRunOut.class);

        assertThat(failureMessage(events)).contains("has no outcome left for a submit of 'make it snow'");
    }

    @Test
    void aRegisteredExtensionShapesEveryService() {
        Events events = run(Shaped.class);

        assertThat(events.failed().count()).as(failures(events)).isZero();
        assertThat(SEEN).hasSize(2);
        assertThat(SEEN.get(1)).as("@AfterEach sees the test's service, still open").isSameAs(SEEN.get(0));
        assertThat(SEEN.get(0).clock().instant()).as("latency on the given clock")
                .isAfterOrEqualTo(Shaped.START.plusSeconds(1));
    }

    @Test
    void aConstructorParameterIsRefusedWithTheWayOut() {
        Events events = run(ConstructorParameter.class);

        assertThat(failureMessage(events)).contains("cannot be given to the constructor",
                "take it as a parameter of the test or of a @BeforeEach method, or in a field");
    }

    private static Events run(Class<?> sample) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(sample)).execute().testEvents();
    }

    private static String failureMessage(Events events) {
        assertThat(events.failed().count()).as("failed tests").isEqualTo(1);
        Event failed = events.failed().stream().findFirst().orElseThrow();
        return failed.getRequiredPayload(TestExecutionResult.class).getThrowable().map(Throwable::getMessage)
                .orElse("");
    }

    private static String failures(Events events) {
        return events.failed().stream().map(Event::toString).reduce("", String::concat);
    }

    /** Run only through {@link EngineTestKit}, as are the other nested classes. */
    @ExtendWith(FakeServiceExtension.class)
    @TestMethodOrder(MethodOrderer.MethodName.class)
    static class Parameters {
        @Test
        void first(FakeService fake, ImageEditProvider provider, FakeClock clock) {
            assertThat(provider).isSameAs(fake.provider());
            assertThat(clock).isSameAs(fake.clock());
            provider.edit(SNOW);
            SEEN.add(fake);
        }

        @Test
        void second(FakeService fake) {
            assertThat(fake.recording().calls()).as("nothing of the first test").isEmpty();
            SEEN.add(fake);
        }
    }

    @ExtendWith(FakeServiceExtension.class)
    @TestMethodOrder(MethodOrderer.MethodName.class)
    static class Fields {
        FakeService fake;

        @BeforeEach
        void before(FakeService service) {
            SEEN.add(service);
        }

        @Test
        void first() {
            SEEN.add(fake);
        }

        @Test
        void second() {
            SEEN.add(fake);
        }
    }

    @ExtendWith(FakeServiceExtension.class)
    static class UnusedOutcome {
        @Test
        void scriptsTwoAndUsesOne(FakeService fake) {
            fake.script().enqueue(Outcome.succeeds(), Outcome.jobFails());
            fake.provider().edit(SNOW);
        }
    }

    @ExtendWith(FakeServiceExtension.class)
    static class SwallowedRunOut {
        @Test
        void submitsOnceMoreThanScripted(FakeService fake) {
            fake.script().enqueue(Outcome.succeeds());
            fake.provider().edit(SNOW);
            try {
                fake.provider().edit(SNOW);
            } catch (RuntimeException swallowed) {
                // An application that logs and carries on.
            }
        }
    }

    static class Shaped {
        static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

        @RegisterExtension
        static FakeServiceExtension fakes = new FakeServiceExtension(() -> FakeService.builder()
                .clock(FakeClock.startingAt(START)).latency(Duration.ofSeconds(1)).build());

        static String jobId = "";

        @Test
        void submitsOnce(FakeService fake) {
            jobId = fake.provider().submit(SNOW).id();
            SEEN.add(fake);
        }

        @AfterEach
        void stillOpenAfterTheTest(FakeService fake) {
            fake.provider().resume(jobId);
            SEEN.add(fake);
        }
    }

    @ExtendWith(FakeServiceExtension.class)
    static class ConstructorParameter {
        ConstructorParameter(FakeService fake) {}

        @Test
        void never() {}
    }
}
