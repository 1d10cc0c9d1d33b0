package dev.imgedit.testkit.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import dev.imgedit.testkit.http.Endpoint;
import dev.imgedit.testkit.http.Exchanges;
import dev.imgedit.testkit.http.Fault;
import dev.imgedit.testkit.http.FaultProxy;
import dev.imgedit.testkit.http.LoopbackServer;
import dev.imgedit.testkit.http.RecordedRequest;
import dev.imgedit.testkit.http.Reply;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The kit's HTTP tools as docs/providers.md shows them: a stand-in for a service, a submit whose answer is lost. */
class LostAnswerTest {
    static final Endpoint SUBMIT = Endpoint.of("POST", "/v1/edits");

    /** The service's protocol: a submit with the right key is answered with a job id. */
    static final class AcmeServer extends LoopbackServer {
        AcmeServer() {
            super("the Acme test server", "acme-test-key");
        }

        @Override
        protected void answer(HttpExchange exchange, RecordedRequest request, byte[] body) throws IOException {
            boolean keyed = apiKey().equals(request.header("x-key"));
            answeredSubmit(keyed ? 200 : 401);
            Exchanges.send(exchange, keyed ? Reply.json("{\"id\":\"job-1\"}") : Reply.json(401, "{}"), Map.of());
        }
    }

    @Test
    void theServiceActsOnASubmitWhoseAnswerNeverArrives() {
        try (AcmeServer server = new AcmeServer(); FaultProxy proxy = FaultProxy.inFrontOf(server)) {
            proxy.breakNext(SUBMIT, Fault.RESET_MID_ANSWER);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest submit = HttpRequest.newBuilder(proxy.baseUrl().resolve("/v1/edits"))
                    .header("x-key", server.apiKey()).POST(HttpRequest.BodyPublishers.ofString("{}")).build();

            // In a provider's test, the provider stands here: its submit must end in OutcomeUnknownException.
            assertThatThrownBy(() -> client.send(submit, HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(IOException.class);
            assertThat(server.submitStatuses()).as("the service made the job").containsExactly(200);
            assertThat(proxy.broken(SUBMIT)).isOne();
        }
    }
}
