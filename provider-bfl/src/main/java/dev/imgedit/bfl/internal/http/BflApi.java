package dev.imgedit.bfl.internal.http;

import dev.imgedit.bfl.internal.wire.SubmitBody;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.Response;

/**
 * The BFL endpoints called through Feign, all on the base URL (the {@code x-key} header is added to every one of
 * them, and to nothing else Feign sends). A {@code polling_url} is not called through here: it is requested exactly
 * as BFL wrote it, which Feign's URL templates do not promise. Every method answers the raw {@link Response}, read by
 * {@link Transport}.
 */
@Headers({"Accept: application/json", "User-Agent: imgedit", "Connection: close"})
public interface BflApi {

    /** Starts a task; answers its id, the URL to poll, and what it costs. */
    @RequestLine("POST /v1/{model}")
    @Headers("Content-Type: application/json")
    Response submit(@Param("model") String model, SubmitBody body);

    /** Asks about a task by id alone: for a task whose {@code polling_url} is not known. */
    @RequestLine("GET /v1/get_result?id={id}")
    Response result(@Param("id") String id);

    /** The account's balance. */
    @RequestLine("GET /v1/credits")
    Response credits();
}
