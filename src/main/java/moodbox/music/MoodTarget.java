package moodbox.music;

/** A point on the valence/arousal plane the next song should be near. */
public record MoodTarget(double valence, double arousal) {

    public double distanceTo(Track track) {
        return Math.hypot(track.valence() - valence, track.arousal() - arousal);
    }

    /** The point a fraction {@code t} (0..1) of the way from here to {@code goal}. */
    public MoodTarget toward(MoodTarget goal, double t) {
        return new MoodTarget(valence + (goal.valence - valence) * t, arousal + (goal.arousal - arousal) * t);
    }
}
