package org.citydiplomacy.portal.agreements.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.roaringbitmap.RoaringBitmap;

/**
 * A search's tsquery as PostgreSQL writes it ({@code tsquery::text}), when it is made of words joined by
 * AND and OR only: the shape {@link SearchWords} and {@code search_exact_query} give every indexed search.
 * Each operand is kept as PostgreSQL wrote it ({@code 'tourism'}, {@code 'relat':*}), so that it can be
 * cast back to a tsquery of one word. Anything else (NOT, phrases, weights, an empty query) is not
 * parsed: {@link #parse} answers null and the search is answered by the database alone.
 */
final class SearchQueryTree {

    private sealed interface Node permits Operand, And, Or {
    }

    private record Operand(String text) implements Node {
    }

    private record And(List<Node> parts) implements Node {
    }

    private record Or(List<Node> parts) implements Node {
    }

    private final Node root;

    private SearchQueryTree(Node root) {
        this.root = root;
    }

    /** The tree of a tsquery's text, or null when it holds anything but operands, AND, OR and parentheses. */
    static SearchQueryTree parse(String text) {
        if (text == null) {
            return null;
        }
        Parser parser = new Parser(text);
        Node root = parser.or();
        return root == null || !parser.atEnd() ? null : new SearchQueryTree(root);
    }

    /** Every operand, as written, each once. */
    Set<String> operands() {
        Set<String> all = new LinkedHashSet<>();
        collect(root, all);
        return all;
    }

    /** The rows matching the query, given each operand's rows. */
    RoaringBitmap matches(Function<String, RoaringBitmap> rows) {
        return evaluate(root, rows);
    }

    private static void collect(Node node, Set<String> into) {
        if (node instanceof Operand operand) {
            into.add(operand.text());
        }
        else {
            parts(node).forEach(part -> collect(part, into));
        }
    }

    private static List<Node> parts(Node node) {
        return node instanceof And and ? and.parts() : ((Or) node).parts();
    }

    private static RoaringBitmap evaluate(Node node, Function<String, RoaringBitmap> rows) {
        if (node instanceof Operand operand) {
            return rows.apply(operand.text());
        }
        List<Node> parts = parts(node);
        RoaringBitmap result = evaluate(parts.get(0), rows).clone();
        for (int i = 1; i < parts.size(); i++) {
            if (node instanceof And) {
                if (result.isEmpty()) {
                    break;
                }
                result.and(evaluate(parts.get(i), rows));
            }
            else {
                result.or(evaluate(parts.get(i), rows));
            }
        }
        return result;
    }

    /** Recursive descent over PostgreSQL's output: OR binds loosest, then AND. Null on anything else. */
    private static final class Parser {

        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        boolean atEnd() {
            skipSpaces();
            return at == text.length();
        }

        Node or() {
            List<Node> parts = new ArrayList<>();
            do {
                Node part = and();
                if (part == null) {
                    return null;
                }
                parts.add(part);
            } while (take('|'));
            return parts.size() == 1 ? parts.get(0) : new Or(List.copyOf(parts));
        }

        Node and() {
            List<Node> parts = new ArrayList<>();
            do {
                Node part = factor();
                if (part == null) {
                    return null;
                }
                parts.add(part);
            } while (take('&'));
            return parts.size() == 1 ? parts.get(0) : new And(List.copyOf(parts));
        }

        Node factor() {
            if (take('(')) {
                Node inner = or();
                return inner != null && take(')') ? inner : null;
            }
            return operand();
        }

        /** {@code 'word'} or {@code 'word':*}; a quote inside is doubled, a backslash escapes the next character. */
        Node operand() {
            skipSpaces();
            if (at >= text.length() || text.charAt(at) != '\'') {
                return null;
            }
            int start = at++;
            while (true) {
                if (at >= text.length()) {
                    return null;
                }
                char c = text.charAt(at++);
                if (c == '\\') {
                    at++;
                }
                else if (c == '\'') {
                    if (at < text.length() && text.charAt(at) == '\'') {
                        at++;
                    }
                    else {
                        break;
                    }
                }
            }
            if (at + 1 < text.length() && text.charAt(at) == ':' && text.charAt(at + 1) == '*') {
                at += 2;
            }
            if (at < text.length() && text.charAt(at) == ':') {
                // Weights: not a shape any search of the listing makes.
                return null;
            }
            return new Operand(text.substring(start, at));
        }

        private boolean take(char c) {
            skipSpaces();
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private void skipSpaces() {
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
        }
    }
}
