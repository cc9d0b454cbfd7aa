package io.revops.metrics.clv;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Customer summaries compressed for a likelihood: one row per distinct {@code (x, tₓ, T)} with its count,
 * the distinct frequencies and the distinct time values indexed, so that an evaluation computes each
 * {@code log(α + t)} and each frequency's Gamma and Beta terms once rather than once per customer.
 */
final class RfmData {
  final int customers;
  final int repeatCustomers;
  final int[] distinctX;
  final double[] distinctTimes;
  final int[] weight;
  final int[] x;
  final int[] xIndex;
  final int[] recencyIndex;
  final int[] ageIndex;

  private record Key(int x, double recency, double age) {}

  RfmData(List<CustomerSummary> customers) {
    Map<Key, int[]> counts = new LinkedHashMap<>();
    int repeat = 0;
    for (CustomerSummary c : customers) {
      counts.computeIfAbsent(new Key(c.frequency(), c.recency(), c.age()), k -> new int[1])[0]++;
      repeat += c.frequency() > 0 ? 1 : 0;
    }
    this.customers = customers.size();
    this.repeatCustomers = repeat;
    int rows = counts.size();
    distinctX = counts.keySet().stream().mapToInt(Key::x).distinct().sorted().toArray();
    distinctTimes = counts.keySet().stream().flatMapToDouble(k -> java.util.stream.DoubleStream.of(k.recency, k.age))
        .distinct().sorted().toArray();
    weight = new int[rows];
    x = new int[rows];
    xIndex = new int[rows];
    recencyIndex = new int[rows];
    ageIndex = new int[rows];
    int i = 0;
    for (var e : counts.entrySet()) {
      Key k = e.getKey();
      weight[i] = e.getValue()[0];
      x[i] = k.x;
      xIndex[i] = Arrays.binarySearch(distinctX, k.x);
      recencyIndex[i] = Arrays.binarySearch(distinctTimes, k.recency);
      ageIndex[i] = Arrays.binarySearch(distinctTimes, k.age);
      i++;
    }
  }

  int rows() {
    return weight.length;
  }
}
