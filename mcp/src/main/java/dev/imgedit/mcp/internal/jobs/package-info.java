/** The job journal, read: get_job and list_jobs, and finding a job by either of its ids. */
@NullMarked
package dev.imgedit.mcp.internal.jobs;

import org.jspecify.annotations.NullMarked;
