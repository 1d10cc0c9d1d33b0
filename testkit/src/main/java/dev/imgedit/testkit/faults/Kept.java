package dev.imgedit.testkit.faults;

/**
 * What a caller still has after a fault: what lets it finish the edit without paying twice (nothing, a job id, the
 * id it sent with the submit, the image). Each provider's matrix words its own, usually as an enum, which its test
 * checks row by row.
 */
public interface Kept {
    /** The words for the fault table's "what is kept" column. */
    String text();
}
