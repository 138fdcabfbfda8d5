package org.ecoscore.framework;

/**
 * A node or question present in a {@link LevelTree}.
 *
 * @param index    position in {@link LevelTree#items()}
 * @param parent   index of the parent item, -1 for the root
 * @param children indices of the present children, in file order (nodes first, then questions)
 * @param node     the node, {@code null} for a question
 * @param question the question, {@code null} for a node
 */
public record TreeItem(int index, String code, int parent, int[] children, Node node, Question question) {

    public boolean isQuestion() {
        return question != null;
    }

    /** The framework weight as written (blank = 1). */
    public double weight() {
        return question != null ? question.weight() : node.weight();
    }

    /** ARITHMETIC for questions (never used), the node's aggregation otherwise. */
    public Aggregation aggregation() {
        return node == null ? Aggregation.ARITHMETIC : node.aggregation();
    }
}
