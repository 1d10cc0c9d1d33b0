package dev.imgedit.modelslab.faults;

import dev.imgedit.testkit.faults.Kept;

/** What a caller still has after a ModelsLab fault: the thing that lets it finish the edit without paying twice. */
public enum ModelsLabKept implements Kept {
    /** No job was made (or none was charged): editing again is safe. */
    NOTHING("nothing: no job was made, editing again is safe"),
    /** The submit may have made a job; the track id sent with it is in the message. */
    TRACK_ID("the `track_id` sent, in the message: look for the job before editing again"),
    /** The job exists and may still give its image: its id, and the command that resumes it, are in the message. */
    JOB_ID("the job id, in the message and `jobId()`: `imgedit fetch ID` resumes it"),
    /** The job exists but gives no usable image: its id is in the message and {@code jobId()}. */
    FAILED_JOB_ID("the job id, in the message and `jobId()`"),
    /** The edit succeeded (after safe retries): the image. */
    OUTPUT("the edited image");

    private final String text;

    ModelsLabKept(String text) {
        this.text = text;
    }

    /** For the table in docs/reliability.md. */
    @Override
    public String text() {
        return text;
    }
}
