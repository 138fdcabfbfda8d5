package org.ecoscore.input;

/** A {@link CellSource} whose current row lives in a {@link RowCells} buffer; subclasses fill it. */
abstract class RowCellSource implements CellSource {
    protected final RowCells row = new RowCells(this);
    private final String file;
    private final String sheet;
    protected int rowNumber;

    RowCellSource(String file, String sheet) {
        this.file = file;
        this.sheet = sheet;
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public String sheet() {
        return sheet;
    }

    @Override
    public int rowNumber() {
        return rowNumber;
    }

    @Override
    public int width() {
        return row.width();
    }

    @Override
    public CellType type(int column) {
        return row.type(column);
    }

    @Override
    public String text(int column) {
        return row.text(column);
    }

    @Override
    public double number(int column) {
        return row.number(column);
    }

    @Override
    public boolean percent(int column) {
        return row.percent(column);
    }

    @Override
    public int stringIndex(int column) {
        return row.stringIndex(column);
    }
}
