package org.ecoscore.input;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link CellSource} that first reads ahead up to N rows of another source (copies, so that the layout
 * of a sheet can be decided on them), then replays them and continues with the rest of the source. The
 * copies are visible through {@link #ahead()}; closing closes the underlying source.
 */
final class BufferedSource implements CellSource {

    /** A copy of one physical row. */
    record Row(int rowNumber, CellType[] types, String[] texts, double[] numbers, boolean[] percents,
               int[] stringIndexes) {
        static Row copy(CellSource s) {
            int w = s.width();
            CellType[] types = new CellType[w];
            String[] texts = new String[w];
            double[] numbers = new double[w];
            boolean[] percents = new boolean[w];
            int[] indexes = new int[w];
            for (int c = 0; c < w; c++) {
                types[c] = s.type(c);
                texts[c] = s.text(c);
                numbers[c] = s.number(c);
                percents[c] = s.percent(c);
                indexes[c] = s.stringIndex(c);
            }
            return new Row(s.rowNumber(), types, texts, numbers, percents, indexes);
        }

        int width() {
            return types.length;
        }

        String text(int c) {
            return c < texts.length ? texts[c] : "";
        }

        CellType type(int c) {
            return c < types.length ? types[c] : CellType.EMPTY;
        }
    }

    private final CellSource source;
    private final List<Row> ahead = new ArrayList<>();
    /** Index of the current row in {@link #ahead}; == ahead.size() once replay is over. */
    private int replay = -1;

    BufferedSource(CellSource source, int rows) {
        this.source = source;
        while (ahead.size() < rows && advance(source)) ahead.add(Row.copy(source));
    }

    /** The rows read ahead, in order. */
    List<Row> ahead() {
        return ahead;
    }

    /** The replayed row; null once the replay is over (then the source's own row is current). */
    private Row current;

    private Row current() {
        return current;
    }

    @Override
    public String file() {
        return source.file();
    }

    @Override
    public String sheet() {
        return source.sheet();
    }

    @Override
    public boolean nextRow() {
        if (replay < ahead.size()) replay++;
        if (replay < ahead.size()) {
            current = ahead.get(replay);
            return true;
        }
        current = null;
        return advance(source);
    }

    /** Next row of {@code s}, refused beyond {@link SheetLimits#MAX_ROWS}. */
    private static boolean advance(CellSource s) {
        if (!s.nextRow()) return false;
        if (s.rowNumber() > SheetLimits.MAX_ROWS) throw SheetLimits.tooLong(s.file(), s.sheet(), SheetLimits.MAX_ROWS);
        return true;
    }

    @Override
    public int rowNumber() {
        Row r = current();
        return r != null ? r.rowNumber() : source.rowNumber();
    }

    @Override
    public int width() {
        Row r = current();
        return r != null ? r.width() : source.width();
    }

    @Override
    public CellType type(int column) {
        Row r = current();
        return r != null ? r.type(column) : source.type(column);
    }

    @Override
    public String text(int column) {
        Row r = current();
        return r != null ? r.text(column) : source.text(column);
    }

    @Override
    public double number(int column) {
        Row r = current();
        if (r == null) return source.number(column);
        return column < r.width() ? r.numbers()[column] : Double.NaN;
    }

    @Override
    public boolean percent(int column) {
        Row r = current();
        if (r == null) return source.percent(column);
        return column < r.width() && r.percents()[column];
    }

    @Override
    public int stringIndex(int column) {
        Row r = current();
        if (r == null) return source.stringIndex(column);
        return column < r.width() ? r.stringIndexes()[column] : -1;
    }

    @Override
    public void close() {
        source.close();
    }
}
