package moodbox.music.library;

/** A file that cannot be used, with a reason written for the user (recorded in the index, then skipped). */
public final class TrackProblem extends Exception {
    public TrackProblem(String reason) {
        super(reason);
    }
}
