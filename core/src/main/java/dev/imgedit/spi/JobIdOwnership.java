package dev.imgedit.spi;

/** What a provider can tell about a job id from its shape alone, before asking its service. */
public enum JobIdOwnership {
    /** The id has this provider's shape and no other provider's: it is this provider's, or no one's. */
    OWN,
    /** The id cannot be this provider's: asking its service would be a wasted (and puzzling) round trip. */
    FOREIGN,
    /** The id could be this provider's; only its service can say. */
    UNKNOWN
}
