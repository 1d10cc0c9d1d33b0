package dev.imgedit.modelslab.internal.reply;

/** Which call a reply answers; the same words mean different things in each (a 404 on a fetch is an unknown job). */
public enum Phase {
    UPLOAD("uploading the input image"),
    SUBMIT("submitting the edit"),
    FETCH("asking about the job"),
    DOWNLOAD("downloading the output");

    private final String doing;

    Phase(String doing) {
        this.doing = doing;
    }

    /** What imgedit was doing, for messages. */
    public String doing() {
        return doing;
    }
}
