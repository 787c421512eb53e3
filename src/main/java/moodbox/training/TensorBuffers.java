package moodbox.training;

import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

/** Moves float arrays into and out of TensorFlow tensors. */
public final class TensorBuffers {
    private TensorBuffers() {
    }

    public static TFloat32 faces(float[] inputs, int count) {
        return TFloat32.tensorOf(Shape.of(count, 48, 48, 1), DataBuffers.of(inputs, true, false));
    }

    public static TFloat32 matrix(float[] values, int rows, int cols) {
        return TFloat32.tensorOf(Shape.of(rows, cols), DataBuffers.of(values, true, false));
    }

    public static float[] read(Tensor tensor) {
        TFloat32 t = (TFloat32) tensor;
        float[] out = new float[Math.toIntExact(t.shape().size())];
        t.copyTo(DataBuffers.of(out, false, false));
        return out;
    }
}
