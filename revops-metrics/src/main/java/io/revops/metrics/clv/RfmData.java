package io.revops.metrics.clv;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Customer summaries compressed for a likelihood: customers with the same {@code (x, tₓ, T)} become one weighted
 * group, and the terms that do not need a group's own {@code (tₓ, T)} pair are summed in advance by distinct
 * frequency and by distinct age. An evaluation then computes each frequency's Gamma and Beta terms once, each
 * {@code log(α + t)} once per distinct time, and per group only the term that mixes its recency and its age —
 * for the groups with repeat purchases.
 *
 * <p><b>Cost</b>: building is one hash lookup per customer and a sort of the distinct groups.
 */
final class RfmData {
  final int customers;
  final int repeatCustomers;
  /** The distinct frequencies, ascending, and how many customers have each. */
  final int[] distinctX;
  final double[] weightByX;
  /** The distinct recencies and ages, ascending; per distinct age, the customers and their repeat purchases. */
  final double[] distinctTimes;
  final double[] weightByAge;
  final double[] purchasesByAge;
  /** The groups with repeat purchases: weight, frequency, its index in distinctX, recency and age indices. */
  final double[] weight;
  final int[] x;
  final int[] xIndex;
  final int[] recencyIndex;
  final int[] ageIndex;
  /** The sum of the customers' ages, for a starting value. */
  final double totalAge;

  private record Key(int x, double recency, double age) {}

  RfmData(List<CustomerSummary> customers) {
    Map<Key, int[]> counts = new HashMap<>(Math.max(16, customers.size() / 2));
    int repeat = 0;
    double ages = 0;
    for (CustomerSummary c : customers) {
      counts.computeIfAbsent(new Key(c.frequency(), c.recency(), c.age()), k -> new int[1])[0]++;
      repeat += c.frequency() > 0 ? 1 : 0;
      ages += c.age();
    }
    this.customers = customers.size();
    this.repeatCustomers = repeat;
    this.totalAge = ages;
    Key[] keys = counts.keySet().toArray(Key[]::new);
    // a fixed order (not the hash map's) so that sums, and so the fit, do not depend on the input's order
    Arrays.sort(keys, (p, q) -> p.x != q.x ? Integer.compare(p.x, q.x)
        : p.age != q.age ? Double.compare(p.age, q.age) : Double.compare(p.recency, q.recency));
    distinctX = Arrays.stream(keys).mapToInt(Key::x).distinct().toArray();
    distinctTimes = distinctTimes(keys);
    weightByX = new double[distinctX.length];
    weightByAge = new double[distinctTimes.length];
    purchasesByAge = new double[distinctTimes.length];
    int groups = (int) Arrays.stream(keys).filter(k -> k.x > 0).count();
    weight = new double[groups];
    x = new int[groups];
    xIndex = new int[groups];
    recencyIndex = new int[groups];
    ageIndex = new int[groups];
    int i = 0;
    for (Key k : keys) {
      int w = counts.get(k)[0];
      int xi = Arrays.binarySearch(distinctX, k.x);
      int ti = Arrays.binarySearch(distinctTimes, k.age);
      weightByX[xi] += w;
      weightByAge[ti] += w;
      purchasesByAge[ti] += (double) w * k.x;
      if (k.x > 0) {
        weight[i] = w;
        x[i] = k.x;
        xIndex[i] = xi;
        recencyIndex[i] = Arrays.binarySearch(distinctTimes, k.recency);
        ageIndex[i] = ti;
        i++;
      }
    }
  }

  private static double[] distinctTimes(Key[] keys) {
    double[] all = new double[2 * keys.length];
    for (int i = 0; i < keys.length; i++) {
      all[2 * i] = keys[i].recency;
      all[2 * i + 1] = keys[i].age;
    }
    Arrays.sort(all);
    int n = 0;
    for (int i = 0; i < all.length; i++) {
      if (n == 0 || all[i] != all[n - 1]) {
        all[n++] = all[i];
      }
    }
    return Arrays.copyOf(all, n);
  }

  /** The number of groups with repeat purchases. */
  int repeatGroups() {
    return weight.length;
  }
}
