package dev.imgedit.bfl.internal.failure;

/** What the provider was doing when something failed, for messages. */
public enum Phase {
    SUBMIT("submitting the edit"),
    POLL("asking about the task"),
    DOWNLOAD("downloading the image"),
    CREDITS("reading the account's credits");

    private final String doing;

    Phase(String doing) {
        this.doing = doing;
    }

    public String doing() {
        return doing;
    }
}
