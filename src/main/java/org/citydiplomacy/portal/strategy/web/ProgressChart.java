package org.citydiplomacy.portal.strategy.web;

import java.util.ArrayList;
import java.util.List;

import org.citydiplomacy.portal.strategy.TargetProgress;

/**
 * A target's progress as an SVG chart drawn by the template: a bar per year with the total reached
 * by the end of it (its figure written after it), and a line at the target. In the units of a
 * viewBox {@value #WIDTH} wide.
 */
record ProgressChart(int height, List<Row> rows, double targetX, int targetCount) {

    static final int WIDTH = 320;
    private static final int ROW = 18;
    private static final int TOP = 16;
    private static final int BAR_START = 44;
    private static final int LONGEST = WIDTH - BAR_START - 40;

    record Row(int year, long total, boolean deadlineYear, int labelY, int barY, double barWidth, double valueX) {
    }

    static ProgressChart of(TargetProgress target) {
        long max = Math.max(target.targetCount(),
                target.years().stream().mapToLong(TargetProgress.Year::total).max().orElse(0));
        List<Row> rows = new ArrayList<>();
        int deadlineYear = target.deadline().end().getYear();
        for (int i = 0; i < target.years().size(); i++) {
            TargetProgress.Year year = target.years().get(i);
            double width = round((double) year.total() / max * LONGEST);
            int top = TOP + i * ROW;
            rows.add(new Row(year.year(), year.total(), year.year() == deadlineYear, top + 13, top + 3, width,
                    round(BAR_START + width + 4)));
        }
        return new ProgressChart(TOP + rows.size() * ROW + 4, rows,
                round(BAR_START + (double) target.targetCount() / max * LONGEST), target.targetCount());
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + height;
    }

    /** Where the target line's label sits: left of the line when the line is near the right edge. */
    public double targetLabelX() {
        return targetX > WIDTH - 60 ? targetX - 4 : targetX + 4;
    }

    public String targetLabelAnchor() {
        return targetX > WIDTH - 60 ? "end" : "start";
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
