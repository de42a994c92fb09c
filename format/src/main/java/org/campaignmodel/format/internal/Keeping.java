package org.campaignmodel.format.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campaignmodel.format.UnknownProperty;
import org.jspecify.annotations.Nullable;

/**
 * Writes to another writer and knows the JSON Pointer of every value it writes, so that the
 * properties a tolerant reading kept go back at the end of the objects they stood in.
 */
final class Keeping extends PassingWriter {
    private final Map<String, List<UnknownProperty>> byParent = new LinkedHashMap<>();
    private final ArrayDeque<Frame> frames = new ArrayDeque<>();

    private static final class Frame {
        final boolean array;
        final String pointer;

        @Nullable
        String name;

        int index = -1;

        Frame(boolean array, String pointer) {
            this.array = array;
            this.pointer = pointer;
        }
    }

    Keeping(TokenWriter out, List<UnknownProperty> kept) {
        super(out);
        for (UnknownProperty property : kept) {
            byParent.computeIfAbsent(property.getParentPointer(), p -> new ArrayList<>())
                    .add(property);
        }
    }

    /** The pointer of the value about to be written. */
    private String next() {
        Frame frame = frames.peek();
        if (frame == null) {
            return "";
        }
        if (frame.array) {
            frame.index++;
            return frame.pointer + "/" + frame.index;
        }
        String name = String.valueOf(frame.name);
        return frame.pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Tells that every kept property found its object.
     *
     * @throws WriteProblem naming the first that did not
     */
    void finish() {
        for (List<UnknownProperty> left : byParent.values()) {
            UnknownProperty first = left.get(0);
            throw new WriteProblem("Cannot write back the unknown property at " + first.getPointer()
                    + ": the value written has no object at "
                    + (first.getParentPointer().isEmpty() ? "the top" : first.getParentPointer())
                    + ". Write the value as it was read, or leave the property out of the tolerant document.");
        }
    }

    @Override
    public void startObject(Object value) {
        frames.push(new Frame(false, next()));
        out.startObject(value);
    }

    @Override
    public void endObject() {
        Frame frame = frames.pop();
        List<UnknownProperty> here = byParent.remove(frame.pointer);
        if (here != null) {
            for (UnknownProperty property : here) {
                out.name(property.getName());
                JsonText.Reader raw = new JsonText.Reader(property.getJson());
                raw.next();
                JsonText.copy(raw, out);
            }
        }
        out.endObject();
    }

    @Override
    public void startArray() {
        frames.push(new Frame(true, next()));
        out.startArray();
    }

    @Override
    public void endArray() {
        frames.pop();
        out.endArray();
    }

    @Override
    boolean passName(String name) {
        java.util.Objects.requireNonNull(frames.peek()).name = name;
        return true;
    }

    @Override
    boolean passValue() {
        next();
        return true;
    }
}
