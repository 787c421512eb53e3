package moodbox.emotion;

import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import moodbox.image.GrayImage;

/**
 * The model the running box reads faces with, which can be replaced while it runs (a personal model the box
 * learned, or back to the shipped one): {@link #swap} takes the new classifier for the next faces and closes
 * the old one once no reading is using it any more.
 */
public final class SwappableClassifier implements EmotionClassifier {
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private EmotionClassifier current;
    private String name;

    /** @param name what the model is called on the box's status (e.g. its folder's name) */
    public SwappableClassifier(EmotionClassifier first, String name) {
        this.current = first;
        this.name = name;
    }

    @Override
    public List<EmotionScores> classifyAll(List<GrayImage> faces) {
        lock.readLock().lock();
        try {
            return current.classifyAll(faces);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Reads the next faces with {@code next}; closes the classifier it replaces (after readings in progress end). */
    public void swap(EmotionClassifier next, String nextName) {
        EmotionClassifier old;
        lock.writeLock().lock();
        try {
            old = current;
            current = next;
            name = nextName;
        } finally {
            lock.writeLock().unlock();
        }
        if (old != next) {
            old.close();
        }
    }

    public String name() {
        lock.readLock().lock();
        try {
            return name;
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            current.close();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
