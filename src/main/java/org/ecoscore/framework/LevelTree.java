package org.ecoscore.framework;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecoscore.core.Level;

/**
 * The framework's tree as it stands at one level (SPEC §4): at the firm level only firm questions and the
 * nodes with a firm question beneath them; at the region level everything. Items are the present nodes in
 * framework.csv order followed by the present questions in questions.csv order.
 */
public final class LevelTree {
    private final Level level;
    private final List<TreeItem> items;
    private final int root;
    private final int[] bottomUp;
    private final int[] questionItems;
    private final int[] nodeItems;
    private final Map<String, Integer> indexByCode;

    LevelTree(Level level, List<Node> nodes, List<Question> questions) {
        this.level = level;
        List<Question> qs = new ArrayList<>();
        for (Question q : questions) {
            boolean in = level == Level.REGION ? q.source() != Level.EXPERT : q.source() == level;
            if (in) qs.add(q);
        }
        Map<String, Node> nodeByCode = new HashMap<>();
        for (Node n : nodes) nodeByCode.put(n.code(), n);
        // a node is present when a present question lies beneath it
        java.util.Set<String> present = new java.util.HashSet<>();
        for (Question q : qs) {
            String p = q.parent();
            while (p != null && !p.isEmpty() && present.add(p)) {
                Node n = nodeByCode.get(p);
                p = n == null ? null : n.parent();
            }
        }
        List<String> codes = new ArrayList<>();
        List<Node> presentNodes = new ArrayList<>();
        for (Node n : nodes) {
            if (present.contains(n.code())) {
                presentNodes.add(n);
                codes.add(n.code());
            }
        }
        for (Question q : qs) codes.add(q.code());
        indexByCode = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) indexByCode.put(codes.get(i), i);

        int nItems = codes.size();
        List<List<Integer>> kids = new ArrayList<>();
        for (int i = 0; i < nItems; i++) kids.add(new ArrayList<>());
        int[] parent = new int[nItems];
        int r = -1;
        for (int i = 0; i < nItems; i++) {
            String pc = i < presentNodes.size() ? presentNodes.get(i).parent() : qs.get(i - presentNodes.size()).parent();
            if (pc.isEmpty()) {
                parent[i] = -1;
                r = i;
            } else {
                parent[i] = indexByCode.get(pc);
                kids.get(parent[i]).add(i);
            }
        }
        List<TreeItem> list = new ArrayList<>(nItems);
        for (int i = 0; i < nItems; i++) {
            int[] ch = kids.get(i).stream().mapToInt(Integer::intValue).toArray();
            Node n = i < presentNodes.size() ? presentNodes.get(i) : null;
            Question q = n == null ? qs.get(i - presentNodes.size()) : null;
            list.add(new TreeItem(i, codes.get(i), parent[i], ch, n, q));
        }
        this.items = Collections.unmodifiableList(list);
        this.root = r;
        this.nodeItems = new int[presentNodes.size()];
        for (int i = 0; i < nodeItems.length; i++) nodeItems[i] = i;
        this.questionItems = new int[qs.size()];
        for (int i = 0; i < questionItems.length; i++) questionItems[i] = presentNodes.size() + i;
        // post-order from the root: children before parents
        List<Integer> order = new ArrayList<>(nItems);
        if (r >= 0) postOrder(r, order);
        this.bottomUp = order.stream().mapToInt(Integer::intValue).toArray();
    }

    private void postOrder(int i, List<Integer> out) {
        for (int c : items.get(i).children()) postOrder(c, out);
        out.add(i);
    }

    public Level level() {
        return level;
    }

    public List<TreeItem> items() {
        return items;
    }

    public TreeItem item(int index) {
        return items.get(index);
    }

    /** Index of the root item, -1 when nothing is present at this level. */
    public int root() {
        return root;
    }

    /** Item indices with children before their parents (the root last). */
    public int[] bottomUp() {
        return bottomUp.clone();
    }

    /** Item indices of the present nodes, in framework.csv order (they are 0..nodeCount-1). */
    public int[] nodeItems() {
        return nodeItems.clone();
    }

    /** Item indices of the present questions, in questions.csv order. */
    public int[] questionItems() {
        return questionItems.clone();
    }

    public int nodeCount() {
        return nodeItems.length;
    }

    public int questionCount() {
        return questionItems.length;
    }

    /** Item index for a code, or -1 when absent at this level. */
    public int indexOf(String code) {
        Integer i = indexByCode.get(code);
        return i == null ? -1 : i;
    }
}
