package org.communitysafety.tidy.events;

/** A consumed contract, at the boundary. */
public record EntryRecorded(int entry) {

}
