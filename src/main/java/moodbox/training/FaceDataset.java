package moodbox.training;

import java.util.ArrayList;
import java.util.List;
import moodbox.emotion.Emotion;
import moodbox.emotion.FacePreprocessing;
import moodbox.image.GrayImage;

/** Labelled 48×48 grayscale faces held in memory (FER2013 fits in about 70 MB). */
public final class FaceDataset {
    private final List<byte[]> images;
    private final int[] labels;
    private final int skipped;

    public FaceDataset(List<byte[]> images, int[] labels, int skipped) {
        if (images.size() != labels.length) {
            throw new IllegalArgumentException(images.size() + " images but " + labels.length + " labels");
        }
        for (byte[] image : images) {
            if (image.length != FacePreprocessing.PIXELS) {
                throw new IllegalArgumentException("every face must be 48x48, got " + image.length + " pixels");
            }
        }
        this.images = List.copyOf(images);
        this.labels = labels.clone();
        this.skipped = skipped;
    }

    public int size() {
        return labels.length;
    }

    public GrayImage image(int i) {
        return new GrayImage(FacePreprocessing.SIZE, FacePreprocessing.SIZE, images.get(i));
    }

    public int label(int i) {
        return labels[i];
    }

    /** Malformed rows that were skipped while loading (only with the explicit skip flag). */
    public int skipped() {
        return skipped;
    }

    public int[] classCounts() {
        int[] counts = new int[Emotion.COUNT];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /** The first {@code n} faces (or all, if fewer), for quick runs and tests. */
    public FaceDataset head(int n) {
        int count = Math.min(n, size());
        List<byte[]> subset = new ArrayList<>(images.subList(0, count));
        int[] subsetLabels = java.util.Arrays.copyOf(labels, count);
        return new FaceDataset(subset, subsetLabels, skipped);
    }

    public String summary() {
        StringBuilder sb = new StringBuilder().append(size()).append(" faces (");
        int[] counts = classCounts();
        for (Emotion e : Emotion.values()) {
            sb.append(e.index() == 0 ? "" : ", ").append(e.label()).append(' ').append(counts[e.index()]);
        }
        sb.append(')');
        if (skipped > 0) {
            sb.append(", ").append(skipped).append(" malformed rows skipped");
        }
        return sb.toString();
    }
}
