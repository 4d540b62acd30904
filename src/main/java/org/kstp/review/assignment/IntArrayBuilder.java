package org.kstp.review.assignment;

import java.util.Arrays;

/** A growable int array: the solvers build million-element arc lists without boxing. */
final class IntArrayBuilder {

    private int[] values;
    private int size;

    IntArrayBuilder(int capacity) {
        values = new int[Math.max(4, capacity)];
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length + (values.length >> 1));
        }
        values[size++] = value;
    }

    int get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
