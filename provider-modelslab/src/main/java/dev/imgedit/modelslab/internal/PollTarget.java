package dev.imgedit.modelslab.internal;

import dev.imgedit.EditJob;
import dev.imgedit.exception.ProviderUnavailableException;
import dev.imgedit.modelslab.internal.http.ModelsLabApi;
import dev.imgedit.modelslab.internal.reply.Failures;
import dev.imgedit.modelslab.internal.request.FetchBody;
import dev.imgedit.util.HttpUrls;
import feign.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where to ask about a job: the {@code fetch_result} URL ModelsLab gave (its id may differ from the job's, and it
 * is often a v6 path), else {@code /api/v7/images/fetch/{id}} falling back to the v6 path when v7 does not know the
 * id; or nowhere, for a job followed by its future links alone. The key travels in the body of that POST, so a
 * {@code fetch_result} off the base URL's origin is refused.
 *
 * @param route how to ask
 * @param fetchUrl the {@code fetch_result} URL, for {@link Route#FETCH_RESULT}
 * @param jobId the job id
 */
record PollTarget(Route route, @Nullable URI fetchUrl, String jobId) {

    enum Route {
        FETCH_RESULT,
        V7_BY_ID,
        V6_BY_ID,
        FUTURE_LINKS
    }

    /** Job ids go into a URL path, so only these characters are accepted. */
    private static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9._~-]{1,200}");

    static boolean isValidJobId(String id) {
        return JOB_ID.matcher(id).matches() && !id.equals(".") && !id.equals("..");
    }

    static PollTarget of(EditJob job, JobState state, URI baseUrl) {
        if (state.followedByFutureLinks() && !job.outputs().isEmpty()) {
            return new PollTarget(Route.FUTURE_LINKS, null, job.id());
        }
        String fetchResult = state.fetchResult();
        if (fetchResult != null) {
            URI url = parse(fetchResult);
            if (url == null || !HttpUrls.sameOrigin(url, baseUrl)) {
                throw new ProviderUnavailableException("ModelsLab said to poll job " + job.id() + " at "
                        + (url == null || url.getHost() == null ? "a malformed URL" : HttpUrls.origin(url))
                        + ", which is not MODELSLAB_BASE_URL's origin (" + HttpUrls.origin(baseUrl) + "); imgedit "
                        + "sends the API key nowhere else, so it stopped: " + Failures.resumeHint(job.id())
                        + ", which asks " + baseUrl + "/api/v7/images/fetch/" + job.id() + " instead", job.id(), null);
            }
            return new PollTarget(Route.FETCH_RESULT, url, job.id());
        }
        if (!isValidJobId(job.id())) {
            throw new ProviderUnavailableException("ModelsLab gave the job id '" + job.id() + "', which cannot be "
                    + "polled safely (only letters, digits, '.', '_', '~' and '-' are accepted)", job.id(), null);
        }
        return new PollTarget(Route.V7_BY_ID, null, job.id());
    }

    /** Where to ask next when this route does not know the job: v7 by id falls back to v6 by id, once. */
    Optional<PollTarget> fallback() {
        return route == Route.V7_BY_ID ? Optional.of(new PollTarget(Route.V6_BY_ID, null, jobId)) : Optional.empty();
    }

    Response call(ModelsLabApi api, FetchBody body) {
        return switch (route) {
            case FETCH_RESULT -> api.fetchAt(Objects.requireNonNull(fetchUrl), body);
            case V7_BY_ID -> api.fetch(jobId, body);
            case V6_BY_ID -> api.fetchV6(jobId, body);
            case FUTURE_LINKS -> throw new IllegalStateException("a job followed by its future links is not fetched");
        };
    }

    private static @Nullable URI parse(String text) {
        try {
            URI url = new URI(text.strip());
            return url.getRawUserInfo() == null ? url : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
