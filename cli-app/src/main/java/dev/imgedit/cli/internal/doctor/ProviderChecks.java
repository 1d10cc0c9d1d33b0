package dev.imgedit.cli.internal.doctor;

import dev.imgedit.cli.internal.config.Configuration;
import dev.imgedit.cli.internal.config.SecretMask;
import dev.imgedit.discovery.Fallback;
import dev.imgedit.discovery.ImageEditProviders;
import dev.imgedit.discovery.ProviderChoice;
import dev.imgedit.exception.ImageEditException;
import dev.imgedit.spi.ImageEditProviderFactory;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.spi.ReachabilityCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The providers: which are installed, which one an edit would use, and for each configured one where its key comes
 * from, whether its settings open it, and whether its service answers.
 */
final class ProviderChecks {
    private final Configuration configuration;
    private final Map<String, String> environment;
    private final boolean offline;

    /**
     * @param environment the run's environment, with the config file's settings and key in it
     * @param offline whether to leave the network alone
     */
    ProviderChecks(Configuration configuration, Map<String, String> environment, boolean offline) {
        this.configuration = configuration;
        this.environment = Map.copyOf(environment);
        this.offline = offline;
    }

    List<Finding> run() {
        ImageEditProviders providers = ImageEditProviders.discover();
        if (providers.factories().isEmpty()) {
            return List.of(Finding.fail("providers", "none installed: put a provider jar such as "
                    + "imgedit-provider-fake or imgedit-provider-modelslab in imgedit's lib/ folder"));
        }
        List<Finding> findings = new ArrayList<>();
        findings.add(Finding.ok("providers", "installed: " + String.join(", ", providers.ids())));
        ProviderConfig config = ProviderConfig.of(environment);
        String chosen = null;
        try {
            ProviderChoice choice = providers.choose(null, config, Fallback.OFFLINE);
            chosen = choice.factory().id();
            findings.add(Finding.ok("edits use", "provider " + chosen + " ("
                    + configuration.explainProviderChoice(null, choice.reason()) + ")"));
        } catch (ImageEditException e) {
            findings.add(Finding.fail("edits use", e.getMessage()));
        }
        for (ImageEditProviderFactory factory : providers.factories()) {
            findings.addAll(check(factory, config, factory.id().equals(chosen)));
        }
        return findings;
    }

    private List<Finding> check(ImageEditProviderFactory factory, ProviderConfig config, boolean chosen) {
        String subject = "provider " + factory.id();
        if (!factory.isConfigured(config)) {
            String fix = factory.secretNames().isEmpty() ? "see its documentation"
                    : "set " + String.join(" or ", factory.secretNames().stream().sorted().toList())
                            + ", or name a key in the config file";
            return List.of(chosen ? Finding.fail(subject, "edits would use it, but it is not configured: " + fix)
                    : Finding.note(subject, "installed, not configured: " + fix));
        }
        List<Finding> findings = new ArrayList<>();
        boolean offlineProvider = factory.info().offline();
        String keys = describeKeys(factory);
        String opened = offlineProvider ? null : openAndClose(factory, config);
        if (opened != null) {
            findings.add(Finding.fail(subject, "configured, but its settings are refused: " + opened));
        } else {
            findings.add(Finding.ok(subject, "configured" + (keys.isEmpty() ? offlineProvider
                    ? " (offline: needs no key)" : "" : "; " + keys)));
        }
        findings.add(reachability(factory, config, subject));
        return findings;
    }

    /** {@code key ****9f3a from environment MODELSLAB_API_KEY}, for each secret setting that is set. */
    private String describeKeys(ImageEditProviderFactory factory) {
        List<String> keys = new ArrayList<>();
        for (String name : factory.secretNames().stream().sorted().toList()) {
            String source = configuration.keySource(name, environment);
            String value = environment.get(name);
            if (source != null && value != null) {
                keys.add("key " + SecretMask.mask(value) + " from " + source);
            }
        }
        return String.join("; ", keys);
    }

    /** Opens the provider (no request is sent) to have its settings checked; the reason when they are refused. */
    private static @Nullable String openAndClose(ImageEditProviderFactory factory, ProviderConfig config) {
        try {
            factory.create(config).close();
            return null;
        } catch (ImageEditException e) {
            return e.getMessage();
        }
    }

    private Finding reachability(ImageEditProviderFactory factory, ProviderConfig config, String subject) {
        ReachabilityCheck check;
        try {
            check = factory.reachabilityCheck(config);
        } catch (ImageEditException e) {
            return Finding.fail(subject, e.getMessage());
        }
        if (!check.isNeeded() || check.url() == null) {
            return Finding.skip(subject, "works offline: nothing to reach");
        }
        if (offline) {
            return Finding.skip(subject, "not asking " + check.url() + " (--offline)");
        }
        return Reachability.check(subject, check.url());
    }
}
