package dev.imgedit.batch.internal.engine;

import dev.imgedit.batch.ItemReport;
import dev.imgedit.batch.JobRecord;
import dev.imgedit.batch.internal.output.OutputFolder;
import java.nio.file.Path;
import java.util.List;

/** Journal records as the reports a run gives its caller. */
final class Reports {
    private Reports() {}

    static ItemReport of(JobRecord job, int position, OutputFolder folder, boolean earlier) {
        List<Path> outputs = job.outputs().stream().map(output -> folder.resolve(output.path())).toList();
        return new ItemReport(job.id(), position, job.request().input(), job.state(), outputs, job.failure(),
                job.jobId(), job.trackId(), earlier);
    }
}
