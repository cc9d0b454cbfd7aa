package io.revops.benchmarks.quality;

import io.revops.core.lead.LeadId;
import io.revops.core.quality.DataQualityReport;
import io.revops.core.quality.DuplicateCluster;
import io.revops.core.quality.QualityRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A generated set of lead records with known duplicates, for measuring duplicate detection.
 *
 * <p>Distinct people: Russian first and last names (60 × 200), a company each from a pool of one
 * company per four people (so colleagues share a company), a unique email (at Gmail, Yandex,
 * Mail.ru or the company's domain) and a unique mobile phone; one in ten companies has an INN.
 * Homonyms are common: the same name at different companies is a different person.
 *
 * <p>A quarter of the people get one to three duplicates, each a mix of: the name's words reordered
 * or one letter mistyped; the email's case changed, a {@code +tag} added (Gmail, Yandex) or dots
 * moved (Gmail), or the email left out; the phone written in another format ({@code +7 (9xx) …},
 * {@code 89xx…}, {@code 8 9xx …}) or left out; the company spelt with another legal form and quotes
 * ({@code ООО «X»}, {@code X, ООО}, {@code OOO "X"}). Most keep at least one identifier; about 2% keep
 * none (a typo in the name, no email, no phone), which no exact-key matcher can find: they count
 * against recall.
 */
public final class DuplicateSet {
  private static final String[] FIRST = ("Александр Алексей Анатолий Андрей Антон Аркадий Артём Борис Вадим "
      + "Валентин Валерий Василий Виктор Виталий Владимир Владислав Вячеслав Геннадий Георгий Григорий Даниил "
      + "Денис Дмитрий Евгений Егор Иван Игорь Илья Кирилл Константин Лев Леонид Максим Михаил Никита Николай "
      + "Олег Павел Пётр Роман Анна Алина Валентина Вера Галина Дарья Екатерина Елена Ирина Ксения Людмила "
      + "Марина Мария Наталья Ольга Полина Светлана Татьяна Юлия Яна").split(" ");
  private static final String[] LAST = buildLastNames();
  private static final String[] FORMS = {"ООО «%s»", "%s, ООО", "OOO \"%s\"", "ооо '%s'", "АО «%s»", "%s"};
  private static final String[] WORDS = ("Ромашка Восток Запад Север Юг Альфа Бета Гамма Дельта Омега Вектор "
      + "Прогресс Рассвет Заря Звезда Гранит Кедр Сокол Орион Меридиан Импульс Спектр Модуль Фактор Ресурс "
      + "Сигма Квант Атлант Титан Поток").split(" ");
  private static final String TRANSLIT_FROM = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
  private static final String[] TRANSLIT_TO = ("a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh "
      + "sch _ y _ e yu ya").split(" ");

  private final List<QualityRecord> records;
  private final int[] person;
  private final int people;
  private final int hard;

  private DuplicateSet(List<QualityRecord> records, int[] person, int people, int hard) {
    this.records = records;
    this.person = person;
    this.people = people;
    this.hard = hard;
  }

  private static String[] buildLastNames() {
    String[] stems = ("Иванов Петров Сидоров Смирнов Кузнецов Попов Васильев Соколов Михайлов Новиков "
        + "Фёдоров Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов "
        + "Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв "
        + "Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков "
        + "Сорокин Виноградов Ковалёв Белов Медведев Антонов").split(" ");
    String[] out = new String[stems.length * 4];
    String[] suffixes = {"", "ский", "ин", "ович"};
    for (int i = 0; i < out.length; i++) {
      out[i] = stems[i % stems.length] + suffixes[i / stems.length];
    }
    return out;
  }

  /**
   * Generates a set.
   *
   * @param people the number of distinct people
   * @param seed the random seed
   * @param asOf the instant verification dates are drawn before
   * @return the set, about 1.5 records per person
   */
  public static DuplicateSet generate(int people, long seed, Instant asOf) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int companies = Math.max(1, people / 4);
    List<QualityRecord> records = new ArrayList<>(people * 3 / 2);
    List<Integer> personOf = new ArrayList<>(people * 3 / 2);
    int hard = 0;
    for (int p = 0; p < people; p++) {
      String first = FIRST[rnd.nextInt(FIRST.length)];
      String last = LAST[rnd.nextInt(LAST.length)];
      if (first.endsWith("а") || first.endsWith("я")) {
        last = feminine(last);
      }
      int company = rnd.nextInt(companies);
      String companyName = WORDS[company % WORDS.length] + " " + (company / WORDS.length);
      String domain = rnd.nextInt(3) == 0 ? "company" + company + ".ru"
          : new String[] {"gmail.com", "yandex.ru", "mail.ru"}[rnd.nextInt(3)];
      String email = latin(first) + "." + latin(last) + p + "@" + domain;
      long mobile = 9_000_000_000L + p * 7L % 1_000_000_000L;
      String inn = company % 10 == 0 ? inn(company) : null;
      Instant verified = rnd.nextInt(10) == 0 ? null : asOf.minus(Duration.ofDays(rnd.nextInt(900)));
      String name = first + " " + last;
      records.add(QualityRecord.of(id(records.size()), name, email, "+7" + mobile,
          String.format(Locale.ROOT, FORMS[0], companyName), null, verified).withInn(inn));
      personOf.add(p);
      if (rnd.nextInt(4) != 0) {
        continue;
      }
      int copies = 1 + rnd.nextInt(3);
      for (int c = 0; c < copies; c++) {
        boolean typo = rnd.nextInt(4) == 0;
        boolean noEmail = rnd.nextInt(3) == 0;
        boolean noPhone = rnd.nextInt(3) == 0;
        if (typo && noEmail && noPhone && rnd.nextInt(3) != 0) {
          noPhone = false; // keep such undetectable copies to about 2% of all duplicates
        }
        hard += typo && noEmail && noPhone ? 1 : 0;
        String n = rnd.nextBoolean() ? last + " " + first : name;
        if (typo) {
          n = mistype(n, rnd);
        }
        String e = noEmail ? null : emailVariant(email, rnd);
        String ph = noPhone ? null : phoneVariant(mobile, rnd);
        String co = String.format(Locale.ROOT, FORMS[rnd.nextInt(FORMS.length)], companyName);
        records.add(QualityRecord.of(id(records.size()), n, e, ph, co, null, verified).withInn(inn));
        personOf.add(p);
      }
    }
    int[] person = personOf.stream().mapToInt(Integer::intValue).toArray();
    return new DuplicateSet(records, person, people, hard);
  }

  private static LeadId id(int i) {
    return LeadId.of("G" + i);
  }

  private static String feminine(String last) {
    return last.endsWith("ский") ? last.substring(0, last.length() - 2) + "ая"
        : last.endsWith("ович") ? last : last + "а";
  }

  private static String latin(String s) {
    StringBuilder sb = new StringBuilder();
    for (char ch : s.toCharArray()) {
      int k = TRANSLIT_FROM.indexOf(Character.toLowerCase(ch));
      sb.append(k < 0 ? String.valueOf(ch) : TRANSLIT_TO[k].replace("_", ""));
    }
    return sb.toString();
  }

  private static String mistype(String s, SplittableRandom rnd) {
    char[] c = s.toCharArray();
    int i = 1 + rnd.nextInt(c.length - 2);
    if (c[i] == ' ' || c[i + 1] == ' ') {
      c[i - 1] = c[i - 1] == 'о' ? 'а' : 'о';
    } else {
      char t = c[i];
      c[i] = c[i + 1];
      c[i + 1] = t;
    }
    return new String(c);
  }

  private static String emailVariant(String email, SplittableRandom rnd) {
    int at = email.indexOf('@');
    String local = email.substring(0, at);
    String domain = email.substring(at + 1);
    switch (rnd.nextInt(4)) {
      case 0:
        return local.substring(0, 1).toUpperCase(Locale.ROOT) + local.substring(1) + "@"
            + domain.toUpperCase(Locale.ROOT);
      case 1:
        return domain.equals("gmail.com") || domain.equals("yandex.ru")
            ? local + "+crm@" + domain : email;
      case 2:
        return domain.equals("gmail.com") ? local.replace(".", "") + "@googlemail.com" : email;
      default:
        return email;
    }
  }

  private static String phoneVariant(long mobile, SplittableRandom rnd) {
    String d = Long.toString(mobile);
    switch (rnd.nextInt(4)) {
      case 0:
        return "+7 (" + d.substring(0, 3) + ") " + d.substring(3, 6) + "-" + d.substring(6, 8) + "-"
            + d.substring(8);
      case 1:
        return "8" + d;
      case 2:
        return "8 " + d.substring(0, 3) + " " + d.substring(3, 6) + " " + d.substring(6, 8) + " "
            + d.substring(8);
      default:
        return "+7" + d;
    }
  }

  /** A valid ten-digit INN derived from {@code n}. */
  static String inn(int n) {
    String nine = String.format(Locale.ROOT, "%09d", 770_000_000 + n % 100_000_000);
    int[] w = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += w[i] * (nine.charAt(i) - '0');
    }
    return nine + (sum % 11 % 10);
  }

  /** @return the records, originals and duplicates interleaved */
  public List<QualityRecord> records() {
    return records;
  }

  /** @return the number of distinct people */
  public int people() {
    return people;
  }

  /** @return the duplicates that share no identifier with their original */
  public int undetectable() {
    return hard;
  }

  /**
   * Pairwise precision and recall of a report's person clusters against the known duplicates.
   *
   * @param report a report on {@link #records()}
   * @return the scores
   */
  public Scores score(DataQualityReport report) {
    Map<LeadId, Integer> index = new HashMap<>(records.size() * 2);
    for (int i = 0; i < records.size(); i++) {
      index.put(records.get(i).id(), i);
    }
    Map<Integer, Integer> sizes = new HashMap<>();
    for (int p : person) {
      sizes.merge(p, 1, Integer::sum);
    }
    long truePairs = sizes.values().stream().mapToLong(k -> (long) k * (k - 1) / 2).sum();
    long predicted = 0;
    long correct = 0;
    for (DuplicateCluster c : report.duplicatePeople()) {
      predicted += (long) c.size() * (c.size() - 1) / 2;
      Map<Integer, Integer> byPerson = new HashMap<>();
      for (LeadId id : c.members()) {
        byPerson.merge(person[index.get(id)], 1, Integer::sum);
      }
      correct += byPerson.values().stream().mapToLong(k -> (long) k * (k - 1) / 2).sum();
    }
    return new Scores(truePairs, predicted, correct);
  }

  /**
   * Pairwise scores: a pair of records is a duplicate pair if both are the same person.
   *
   * @param truePairs the known duplicate pairs
   * @param predictedPairs the pairs inside the found clusters
   * @param correctPairs the found pairs that are known duplicates
   */
  public record Scores(long truePairs, long predictedPairs, long correctPairs) {
    /** @return correct / predicted */
    public double precision() {
      return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
    }

    /** @return correct / true */
    public double recall() {
      return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "precision %.4f (%d/%d pairs), recall %.4f (%d/%d pairs)",
          precision(), correctPairs, predictedPairs, recall(), correctPairs, truePairs);
    }
  }
}
