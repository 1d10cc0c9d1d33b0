package dev.imgedit.modelslab.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imgedit.spi.Secret;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Replies that echo the key: their toString()s show structure only, and what is read out of them is redacted. */
class WireReplyTest {
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

    private final ObjectMapper mapper = new ObjectMapper();
    private final Redactor redactor = Redactor.of(Secret.of(KEY));
    private final ReplyInterpreter interpreter = new ReplyInterpreter(mapper, redactor);

    @Test
    void toStringShowsTheShapeOfARawReplyAndNoneOfItsText() throws Exception {
        WireReply raw = mapper.readValue(ECHOING, WireReply.class);

        assertThat(raw.toString()).isEqualTo("WireReply[status=other, id=given, output=1, proxy_links=1, "
                + "future_links=1, link=1, fetch_result=given, message=given]");
        assertThat(List.of(new Outcome.Succeeded(raw), new Outcome.Processing(raw)))
                .allSatisfy(outcome -> assertThat(outcome.toString())
                        .doesNotContain(KEY, BASE64, URL_ENCODED, "0987654321").contains("output=1"));
    }

    @Test
    void toStringShowsADocumentedStatus() throws Exception {
        WireReply reply = mapper.readValue("{\"status\":\"Processing\",\"id\":134711532,\"output\":\"\"}",
                WireReply.class);

        assertThat(reply).hasToString("WireReply[status=processing, id=given, output=0, proxy_links=0, "
                + "future_links=0, link=0, fetch_result=none, message=none]");
    }

    @Test
    void everyTextReadOutOfAReplyIsRedactedButItsLinksAreLeftWholeToBeJudged() {
        WireReply reply = interpreter.parse(reply(200, "OK", ECHOING)).orElseThrow();

        String read = String.join("\n", reply.statusText(), String.valueOf(reply.idText()),
                String.valueOf(reply.fetchResultUrl()), String.valueOf(reply.messageText()),
                reply.metadata().toString(), reply.toString());
        assertThat(read).doesNotContain(KEY, BASE64, URL_ENCODED, "0987654321").contains(Redactor.MASK);
        assertThat(reply.outputUrls()).allSatisfy(url -> assertThat(redactor.containsSecret(url)).isTrue());
        assertThat(reply.proxyUrls()).allSatisfy(url -> assertThat(redactor.containsSecret(url)).isTrue());
        assertThat(reply.futureUrls()).allSatisfy(url -> assertThat(redactor.containsSecret(url)).isTrue());
        assertThat(reply.uploadedUrl()).hasValueSatisfying(url -> assertThat(redactor.containsSecret(url)).isTrue());
    }

    @Test
    void aFailureOutcomeQuotesNoKeyFromTheBodyTheIdOrTheReasonPhrase() {
        Outcome json = interpreter.interpret(Phase.FETCH, reply(400, "Bad " + KEY, ECHOING.replace(
                "\"status\":\"" + KEY + "\"", "\"status\":\"error\"")));
        Outcome html = interpreter.interpret(Phase.SUBMIT, reply(500, "Oops " + KEY,
                "<html><head><title>" + BASE64 + "</title></head></html>"));

        assertThat(json).isInstanceOf(Outcome.Failed.class);
        assertThat(html).isInstanceOf(Outcome.Failed.class);
        assertThat(json + "\n" + html).doesNotContain(KEY, BASE64, URL_ENCODED, "0987654321")
                .contains("HTTP 400", "HTTP 500 Oops " + Redactor.MASK);
    }

    private static HttpReply reply(int status, String reason, String body) {
        return new HttpReply(status, reason, Map.of(), body.getBytes(StandardCharsets.UTF_8), false);
    }
}
