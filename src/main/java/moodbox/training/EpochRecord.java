package moodbox.training;

/** One line of the training log. */
public record EpochRecord(int epoch, double trainLoss, double trainAccuracy, double valLoss, double valAccuracy,
                          double learningRate, double seconds) {
    static final String HEADER = "epoch,train_loss,train_accuracy,val_loss,val_accuracy,learning_rate,seconds";

    String toCsv() {
        return String.format(java.util.Locale.ROOT, "%d,%.5f,%.5f,%.5f,%.5f,%.6g,%.1f",
                epoch, trainLoss, trainAccuracy, valLoss, valAccuracy, learningRate, seconds);
    }

    static EpochRecord parse(String line) {
        String[] f = line.split(",");
        return new EpochRecord(Integer.parseInt(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]));
    }
}
