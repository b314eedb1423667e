package dev.governance.testkit.okta.internal.state;

import java.util.Arrays;

/** A growable list of {@code int}s, kept sorted when built with {@link #addSorted(int)}. */
public final class IntList {
  private static final int[] EMPTY = new int[0];
  private int[] values = EMPTY;
  private int size;

  /** Creates an empty list. */
  public IntList() {}

  /**
   * Wraps a sorted array without copying it.
   *
   * @param sorted ascending values, no duplicates
   * @return the list
   */
  public static IntList ofSorted(int[] sorted) {
    IntList list = new IntList();
    list.values = sorted;
    list.size = sorted.length;
    return list;
  }

  /**
   * Returns the number of values.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Returns the value at a position.
   *
   * @param i the position
   * @return the value
   */
  public int get(int i) {
    return values[i];
  }

  /**
   * Appends a value.
   *
   * @param value the value
   */
  public void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, Math.max(4, size * 2));
    }
    values[size++] = value;
  }

  /**
   * Inserts a value at a position, moving the later ones up.
   *
   * @param index the position, from 0 to {@link #size()}
   * @param value the value
   */
  public void insert(int index, int value) {
    add(value);
    System.arraycopy(values, index, values, index + 1, size - 1 - index);
    values[index] = value;
  }

  /**
   * Inserts a value in ascending order; does nothing if it is present.
   *
   * @param value the value
   * @return whether it was added
   */
  public boolean addSorted(int value) {
    int at = Arrays.binarySearch(values, 0, size, value);
    if (at >= 0) {
      return false;
    }
    int insert = -at - 1;
    if (size == values.length) {
      values = Arrays.copyOf(values, Math.max(4, size * 2));
    }
    System.arraycopy(values, insert, values, insert + 1, size - insert);
    values[insert] = value;
    size++;
    return true;
  }

  /**
   * Removes a value from a sorted list.
   *
   * @param value the value
   * @return whether it was present
   */
  public boolean removeSorted(int value) {
    int at = Arrays.binarySearch(values, 0, size, value);
    if (at < 0) {
      return false;
    }
    System.arraycopy(values, at + 1, values, at, size - at - 1);
    size--;
    return true;
  }

  /**
   * Tells whether a sorted list holds a value.
   *
   * @param value the value
   * @return whether it is present
   */
  public boolean containsSorted(int value) {
    return Arrays.binarySearch(values, 0, size, value) >= 0;
  }

  /**
   * Returns the first position whose value is greater than the given one (sorted lists only).
   *
   * @param value the value
   * @return a position in {@code [0, size]}
   */
  public int firstAbove(int value) {
    int at = Arrays.binarySearch(values, 0, size, value);
    return at >= 0 ? at + 1 : -at - 1;
  }

  /**
   * Tells whether a value is present, scanning (for unsorted lists).
   *
   * @param value the value
   * @return whether it is present
   */
  public boolean contains(int value) {
    for (int i = 0; i < size; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }

  /**
   * Removes the first occurrence of a value, scanning (for unsorted lists).
   *
   * @param value the value
   * @return whether it was present
   */
  public boolean remove(int value) {
    for (int i = 0; i < size; i++) {
      if (values[i] == value) {
        System.arraycopy(values, i + 1, values, i, size - i - 1);
        size--;
        return true;
      }
    }
    return false;
  }

  /** Shrinks the backing array to the size. */
  public void trim() {
    if (values.length != size) {
      values = size == 0 ? EMPTY : Arrays.copyOf(values, size);
    }
  }

  /**
   * Copies the values.
   *
   * @return a new array
   */
  public int[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
