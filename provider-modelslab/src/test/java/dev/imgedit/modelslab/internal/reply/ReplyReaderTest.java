package dev.imgedit.modelslab.internal.reply;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imgedit.modelslab.internal.redaction.Redactor;
import dev.imgedit.spi.Secret;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Replies that echo the key: what is read out of them is redacted, and their toString()s show structure only. */
class ReplyReaderTest {
    private static final String KEY = "sk-Echo+Key/With=Specials&0987654321";
    private static final String BASE64 = Base64.getEncoder().encodeToString(KEY.getBytes(StandardCharsets.UTF_8));
    private static final String URL_ENCODED = URLEncoder.encode(KEY, StandardCharsets.UTF_8);
    /** The key in every field, and in field names. */
    private static final String ECHOING = "{\"status\":\"" + KEY + "\",\"id\":\"job-" + KEY + "\","
            + "\"output\":[\"https://cdn.example/a.png?key=" + URL_ENCODED + "\"],"
            + "\"proxy_links\":{\"0\":\"https://cdn.example/" + BASE64 + ".png\"},"
            + "\"future_links\":\"https://cdn.example/" + KEY + "\",\"link\":\"https://up.example/" + KEY + "\","
            + "\"fetch_result\":\"https://modelslab.com/api/v6/images/fetch/" + KEY + "\","
            + "\"message\":{\"" + KEY + "\":[\"is wrong: " + KEY + "\"]},\"messege\":\"" + BASE64 + "\","
            + "\"error\":\"" + URL_ENCODED + "\",\"meta\":{\"seed\":\"" + KEY + "\"},\"generationTime\":\"" + KEY
            + "\",\"eta\":2.5}";

    private final Redactor redactor = Redactor.of(Secret.of(KEY));
    private final ReplyReader reader = new ReplyReader(new ObjectMapper(), redactor);

    @Test
    void toStringShowsTheShapeOfAReplyAndNoneOfItsText() throws IOException {
        ApiReply reply = reader.read(Phase.FETCH, answer(200, "OK", ECHOING));

        assertThat(reply.toString()).isEqualTo("ApiReply[PROCESSING, id=given, outputs=1, proxy_links=1, "
                + "future_links=1, fetch_result=given, message=given]");
    }

    @Test
    void toStringShowsWhatTheReplyMeans() throws IOException {
        ApiReply reply = reader.read(Phase.FETCH, answer(200, "OK",
                "{\"status\":\"Processing\",\"id\":134711532,\"output\":\"\"}"));

        assertThat(reply).hasToString("ApiReply[PROCESSING, id=given, outputs=0, proxy_links=0, future_links=0, "
                + "fetch_result=none, message=none]");
        assertThat(reply.jobId()).isEqualTo("134711532");
    }

    @Test
    void everyTextReadOutOfAReplyIsRedactedButItsLinksAreLeftWholeToBeJudged() throws IOException {
        ApiReply reply = reader.read(Phase.UPLOAD, answer(200, "OK", ECHOING.replace(
                "\"status\":\"" + KEY + "\"", "\"status\":\"success\"")));

        String read = String.join("\n", reply.detail(), String.valueOf(reply.jobId()),
                String.valueOf(reply.fetchResult()), String.valueOf(reply.message()), reply.metadata().toString(),
                reply.toString());
        assertThat(read).doesNotContain(KEY, BASE64, URL_ENCODED, "0987654321").contains(Redactor.MASK);
        assertThat(reply.outputs()).as("output and, for an upload, link").hasSize(2)
                .allSatisfy(url -> assertThat(redactor.containsSecret(url)).isTrue());
        assertThat(reply.proxyLinks()).allSatisfy(url -> assertThat(redactor.containsSecret(url)).isTrue());
        assertThat(reply.futureLinks()).allSatisfy(url -> assertThat(redactor.containsSecret(url)).isTrue());
    }

    @Test
    void aFailureQuotesNoKeyFromTheBodyTheIdOrTheReasonPhrase() throws IOException {
        ApiReply json = reader.read(Phase.FETCH, answer(400, "Bad " + KEY, ECHOING.replace(
                "\"status\":\"" + KEY + "\"", "\"status\":\"error\"")));
        ApiReply html = reader.read(Phase.SUBMIT, answer(500, "Oops " + KEY,
                "<html><head><title>" + BASE64 + "</title></head></html>"));

        assertThat(json.status().isFailure()).isTrue();
        assertThat(html.status()).isEqualTo(ApiReply.Status.SERVER_ERROR);
        assertThat(json.detail() + "\n" + html.detail() + "\n" + json.jobId())
                .doesNotContain(KEY, BASE64, URL_ENCODED, "0987654321")
                .contains("HTTP 400", "HTTP 500 Oops " + Redactor.MASK);
    }

    private static Response answer(int status, String reason, String body) {
        return Response.builder().status(status).reason(reason).headers(Map.of())
                .request(Request.create(Request.HttpMethod.POST, "https://modelslab.com/api", Map.of(), null,
                        StandardCharsets.UTF_8, null))
                .body(body, StandardCharsets.UTF_8).build();
    }
}
