package dev.imgedit.bfl.internal;

/** What the provider was doing when something failed, for messages. */
enum Phase {
    SUBMIT("submitting the edit"),
    POLL("asking about the task"),
    DOWNLOAD("downloading the image"),
    CREDITS("reading the account's credits");

    private final String doing;

    Phase(String doing) {
        this.doing = doing;
    }

    String doing() {
        return doing;
    }
}
