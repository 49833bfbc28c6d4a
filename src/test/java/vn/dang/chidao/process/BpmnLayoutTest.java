package vn.dang.chidao.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What Cockpit and Modeler draw from the models' diagram interchange (DI): every flow node has a shape and every
 * sequence flow an edge; an edge starts on its source shape and ends on its target shape (for events and gateways
 * where the circle or diamond touches its box); edges run in horizontal and vertical segments and do not cross
 * unrelated shapes; shapes overlap only when one lies in the other (a sub-process and its content) or a boundary
 * event sits on its host; labels sit clear of shapes, other labels and edges. A failure names the element and the
 * coordinates, e.g. {@code Flow_X: last waypoint (2432,280) is not on Task_Y [2530,240 100x80]}.
 */
class BpmnLayoutTest {

    /** How far a waypoint may lie from the outline it docks on, in pixels. */
    static final double TOLERANCE = 2;

    static Stream<Path> models() throws IOException {
        return BpmnConventionsTest.models();
    }

    @ParameterizedTest
    @MethodSource("models")
    void diagramMatchesTheProcessAndIsDrawnCleanly(Path file) {
        List<String> problems = problems(Bpmn.readModelFromFile(file.toFile()));
        assertThat(problems).as("layout problems in %s", file).isEmpty();
    }

    /** The check must see an arrow drawn in the air and a slanted segment, not pass on anything. */
    @Test
    void aLooseEndAndASlantedSegmentAreReported() {
        BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("bpmn", "unit-work.bpmn").toFile());
        BpmnEdge edge = model.getModelElementsByType(BpmnEdge.class).stream()
                .filter(e -> e.getBpmnElement().getId().equals("Flow_ToUnitWorkDone")).findFirst().orElseThrow();
        List<Waypoint> points = List.copyOf(edge.getWaypoints());
        Waypoint last = points.get(points.size() - 1);
        last.setX(last.getX() - 60);
        last.setY(last.getY() + 7);

        assertThat(problems(model))
                .anySatisfy(p -> assertThat(p).startsWith("Flow_ToUnitWorkDone: last waypoint")
                        .contains("is not on EndEvent_UnitWorkDone"))
                .anySatisfy(p -> assertThat(p).startsWith("Flow_ToUnitWorkDone: segment").contains("is slanted"));
    }

    static List<String> problems(BpmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        Map<String, Box> shapes = new HashMap<>();
        Map<String, BaseElement> elements = new HashMap<>();
        List<Box> labels = new ArrayList<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            BaseElement element = shape.getBpmnElement();
            if (element == null) {
                problems.add(shape.getId() + ": a shape of no element (its bpmnElement does not resolve)");
                continue;
            }
            shapes.put(element.getId(), Box.of(element.getId(), shape.getBounds()));
            elements.put(element.getId(), element);
            if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
                labels.add(Box.of("label of " + element.getId(), shape.getBpmnLabel().getBounds()));
            }
        }
        Map<String, List<Point>> edges = new HashMap<>();
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            if (edge.getBpmnElement() == null) {
                problems.add(edge.getId() + ": an edge of no element (its bpmnElement does not resolve)");
                continue;
            }
            List<Point> points = edge.getWaypoints().stream().map(w -> new Point(w.getX(), w.getY())).toList();
            edges.put(edge.getBpmnElement().getId(), points);
            if (edge.getBpmnLabel() != null && edge.getBpmnLabel().getBounds() != null) {
                labels.add(Box.of("label of " + edge.getBpmnElement().getId(), edge.getBpmnLabel().getBounds()));
            }
        }

        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!shapes.containsKey(node.getId())) {
                problems.add(node.getId() + ": no shape in the diagram");
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            List<Point> points = edges.get(flow.getId());
            if (points == null) {
                problems.add(flow.getId() + ": no edge in the diagram");
                continue;
            }
            if (points.size() < 2) {
                problems.add(flow.getId() + ": fewer than two waypoints");
                continue;
            }
            checkEnd(problems, flow, "first", points.get(0), flow.getSource(), shapes.get(flow.getSource().getId()));
            checkEnd(problems, flow, "last", points.get(points.size() - 1), flow.getTarget(),
                    shapes.get(flow.getTarget().getId()));
            for (int i = 1; i < points.size(); i++) {
                Point a = points.get(i - 1);
                Point b = points.get(i);
                if (Math.abs(a.x - b.x) > 0.5 && Math.abs(a.y - b.y) > 0.5) {
                    problems.add(flow.getId() + ": segment " + a + "-" + b + " is slanted (not horizontal or vertical)");
                }
                for (Box shape : shapes.values()) {
                    if (shape.id.equals(flow.getSource().getId()) || shape.id.equals(flow.getTarget().getId())
                            || contains(elements.get(shape.id), flow)) {
                        continue;
                    }
                    if (shape.crossedBy(a, b)) {
                        problems.add(flow.getId() + ": segment " + a + "-" + b + " runs through " + shape);
                    }
                }
                for (Box label : labels) {
                    if (label.crossedBy(a, b)) {
                        problems.add(flow.getId() + ": segment " + a + "-" + b + " runs through the " + label);
                    }
                }
            }
        }

        List<Box> all = List.copyOf(shapes.values());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Box a = all.get(i);
                Box b = all.get(j);
                if (!a.overlaps(b)) {
                    continue;
                }
                BaseElement ea = elements.get(a.id);
                BaseElement eb = elements.get(b.id);
                boolean nested = a.encloses(b) && contains(ea, eb) || b.encloses(a) && contains(eb, ea);
                boolean attached = ea instanceof BoundaryEvent be && be.getAttachedTo() == eb
                        || eb instanceof BoundaryEvent be2 && be2.getAttachedTo() == ea;
                if (!nested && !attached) {
                    problems.add(a + " and " + b + " overlap");
                }
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            Box label = labels.get(i);
            for (Box shape : all) {
                if (label.overlaps(shape) && !shape.encloses(label)) {
                    problems.add("the " + label + " lies on " + shape);
                }
            }
            for (int j = i + 1; j < labels.size(); j++) {
                if (label.overlaps(labels.get(j))) {
                    problems.add("the " + label + " and the " + labels.get(j) + " overlap");
                }
            }
        }
        return problems;
    }

    private static void checkEnd(List<String> problems, SequenceFlow flow, String which, Point point, FlowNode node,
            Box box) {
        if (box == null) {
            return; // reported as a missing shape
        }
        boolean round = node instanceof Event || node instanceof Gateway;
        if (!(round ? box.touchesOutlineAt(point) : box.hasOnBorder(point))) {
            problems.add(flow.getId() + ": " + which + " waypoint " + point + " is not on " + box
                    + (round ? " (an event or gateway is touched at the middle of a side)" : ""));
        }
    }

    /** Whether the element {@code outer} (a sub-process) holds {@code inner} at any depth. */
    private static boolean contains(ModelElementInstance outer, ModelElementInstance inner) {
        for (ModelElementInstance p = inner.getParentElement(); p != null; p = p.getParentElement()) {
            if (p == outer) {
                return true;
            }
        }
        return false;
    }

    record Point(double x, double y) {
        @Override
        public String toString() {
            return "(" + fmt(x) + "," + fmt(y) + ")";
        }
    }

    record Box(String id, double x, double y, double w, double h) {

        static Box of(String id, Bounds b) {
            return new Box(id, b.getX(), b.getY(), b.getWidth(), b.getHeight());
        }

        boolean hasOnBorder(Point p) {
            boolean inOuter = p.x >= x - TOLERANCE && p.x <= x + w + TOLERANCE
                    && p.y >= y - TOLERANCE && p.y <= y + h + TOLERANCE;
            boolean inInner = p.x > x + TOLERANCE && p.x < x + w - TOLERANCE
                    && p.y > y + TOLERANCE && p.y < y + h - TOLERANCE;
            return inOuter && !inInner;
        }

        /** A circle or diamond touches its box only at the middle of each side. */
        boolean touchesOutlineAt(Point p) {
            double cx = x + w / 2;
            double cy = y + h / 2;
            return near(p.x, cx) && (near(p.y, y) || near(p.y, y + h))
                    || near(p.y, cy) && (near(p.x, x) || near(p.x, x + w));
        }

        boolean overlaps(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }

        boolean encloses(Box o) {
            return o.x >= x && o.y >= y && o.x + o.w <= x + w && o.y + o.h <= y + h;
        }

        /** Whether the segment passes through the inside of this box (touching its border is fine). */
        boolean crossedBy(Point a, Point b) {
            double minX = Math.min(a.x, b.x);
            double maxX = Math.max(a.x, b.x);
            double minY = Math.min(a.y, b.y);
            double maxY = Math.max(a.y, b.y);
            return minX < x + w - TOLERANCE && maxX > x + TOLERANCE && minY < y + h - TOLERANCE
                    && maxY > y + TOLERANCE;
        }

        @Override
        public String toString() {
            return id + " [" + fmt(x) + "," + fmt(y) + " " + fmt(w) + "x" + fmt(h) + "]";
        }

        private static boolean near(double a, double b) {
            return Math.abs(a - b) <= TOLERANCE;
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
