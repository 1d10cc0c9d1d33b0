package dev.imgedit.batch.internal.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.ImageType;
import dev.imgedit.batch.BatchRecord;
import dev.imgedit.batch.ItemFailure;
import dev.imgedit.batch.ItemState;
import dev.imgedit.batch.JobRecord;
import dev.imgedit.batch.JobRequest;
import dev.imgedit.batch.OutputFile;
import dev.imgedit.batch.fixtures.Pictures;
import dev.imgedit.batch.internal.output.OutputFolder;
import dev.imgedit.exception.ErrorKind;
import dev.imgedit.testkit.TestImages;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GalleryTest {
    @TempDir
    Path temporary;

    @Test
    void userTextIsEscapedAndFileLinksAreRelativeAndEncoded() {
        Path input = Pictures.write(temporary.resolve("my photos/a #1.png"), TestImages.png(20, 20));
        OutputFolder folder = new OutputFolder(temporary.resolve("out"));
        Pictures.write(folder.resolve("a #1.png"), TestImages.png(20, 20));
        String prompt = "</dd><script>alert('x')</script> & \"quotes\"";
        JobRequest request = new JobRequest("k", "fake", "fake-java2d", "a #1.png", input.toString(), "aa",
                ImageType.PNG, prompt, null, null, Map.of("style", "<b>"));
        JobRecord done = JobRecord.planned("j<1>", "b", 0, request, "a #1", Instant.now())
                .withOutputs(List.of(new OutputFile("a #1.png", "bb", ImageType.PNG, 20, 20)), Map.of(), Instant.now())
                .withDone(Instant.now());
        JobRecord failed = JobRecord.planned("j2", "b", 1, request, "b", Instant.now())
                .withFailure(ItemState.FAILED, ItemFailure.of(ErrorKind.CONTENT_REJECTED, "moderation said <no>"),
                        Instant.now());

        String html = Gallery.render(folder, new BatchRecord("b", folder.root(), Instant.now()), List.of(done, failed),
                "fake <offline>", Instant.now());

        assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>").doesNotContain("<no>")
                .doesNotContain("j<1>").doesNotContain("<offline>");
        assertThat(html).contains("&lt;/dd&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;");
        assertThat(html).contains("src=\"../my%20photos/a%20%231.png\"").contains("src=\"a%20%231.png\"");
        assertThat(html).contains("<span class=\"kind\">CONTENT_REJECTED</span> moderation said &lt;no&gt;");
        assertThat(html).contains("data-state=\"FAILED\"");
        assertThat(html).doesNotContain("http://").doesNotContain("https://");
    }
}
