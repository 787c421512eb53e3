package moodbox.playback;

import java.nio.file.Path;

/** Hears when songs start and end; called on the player's thread, so keep it short. */
public interface PlayerListener {
    void started(Path file);

    /** @param detail why it failed, for {@link Player.EndReason#FAILED}; empty otherwise */
    void ended(Path file, Player.EndReason reason, String detail);
}
