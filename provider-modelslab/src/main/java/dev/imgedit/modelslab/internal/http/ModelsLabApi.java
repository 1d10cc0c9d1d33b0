package dev.imgedit.modelslab.internal.http;

import dev.imgedit.modelslab.internal.request.FetchBody;
import dev.imgedit.modelslab.internal.request.SubmitBody;
import dev.imgedit.modelslab.internal.request.UploadBody;
import feign.Headers;
import feign.Param;
import feign.Request;
import feign.RequestLine;
import feign.Response;
import java.net.URI;

/**
 * The ModelsLab endpoints imgedit calls. Every method answers the raw {@link Response}: ModelsLab reports errors
 * under HTTP 200 as well as 4xx/5xx, so {@link dev.imgedit.modelslab.internal.reply.ReplyReader} reads status code
 * and body together.
 */
@Headers({"Content-Type: application/json", "Accept: application/json", "User-Agent: imgedit"})
public interface ModelsLabApi {

    /** Turns a data URI into a temporary public URL (documented limit: 5 MB). */
    @RequestLine("POST /api/v6/base64_to_url")
    Response upload(UploadBody body, Request.Options options);

    /** Starts an edit: answers {@code success} with outputs, or {@code processing} with an id to poll. */
    @RequestLine("POST /api/v7/images/image-to-image")
    Response submit(SubmitBody body, Request.Options options);

    /** Asks about a job by id. */
    @RequestLine("POST /api/v7/images/fetch/{id}")
    Response fetch(@Param("id") String id, FetchBody body);

    /** Asks about a job by id at the v6 path, where {@code fetch_result} URLs point; for when v7 does not know it. */
    @RequestLine("POST /api/v6/images/fetch/{id}")
    Response fetchV6(@Param("id") String id, FetchBody body);

    /** Asks about a job at the {@code fetch_result} URL ModelsLab gave; only ever called on the base URL's origin. */
    @RequestLine("POST")
    Response fetchAt(URI url, FetchBody body);
}
