package io.revops.examples.healthcheck;

import io.revops.examples.report.ReportLocale;

/**
 * Every text of {@code report.html} in each {@link ReportLocale}, in one place. A text with {@code %s} is a
 * pattern filled with {@link String#format(java.util.Locale, String, Object...)} in the report's locale.
 * Reasons and explanations that come from the library stay in English.
 */
enum Label {
  TITLE("RevOps health check", "Проверка здоровья RevOps"),
  DATA_LINE("Data: %s. As of %s (%s); period %s; amounts in %s.",
      "Данные: %s. На момент %s (%s); период %s; суммы в %s."),
  INPUT_LINE("%s rows read, %s rejected; %s leads, %s events, %s with anomalies.",
      "Прочитано строк: %s, отклонено: %s; лидов: %s, событий: %s, историй с аномалиями: %s."),
  CONTENTS("Contents", "Содержание"),
  NO_DATA("no data", "нет данных"),
  NA("n/a", "н/д"),
  NA_BECAUSE("n/a (%s)", "н/д (%s)"),
  CI("%s (95%% CI %s–%s, %s/%s)", "%s (95%% ДИ %s–%s, %s/%s)"),
  // bowtie and funnel
  BOWTIE("Bowtie", "Бабочка (bowtie)"),
  BOWTIE_CHART("Bowtie volumes and rates", "Объёмы и доли этапов"),
  OF("%s of %s", "%s от этапа «%s»"),
  FUNNEL("Funnel", "Воронка"),
  STAGE("stage", "этап"),
  LEADS("leads", "лиды"),
  CONVERSION("conversion", "конверсия"),
  IN_PERIOD("in %s", "за %s"),
  RATE_CI("rate (95% Wilson interval)", "доля (95% интервал Уилсона)"),
  FUNNEL_BY_MONTH("Funnel conversions by month", "Конверсии воронки по месяцам"),
  FUNNEL_BY_MONTH_NOTE("Conversions of the leads that first reached the earlier stage in the month; win rate of the"
      + " deals closed in the month. Hover a cell for successes/trials; the months add up to the period's figures.",
      "Конверсии лидов, впервые достигших предыдущего этапа в этом месяце; доля выигранных — по сделкам, закрытым"
      + " в месяце. Наведите на ячейку, чтобы увидеть успехи/попытки; месяцы в сумме дают цифры периода."),
  MONTH("month", "месяц"),
  WEEK("ISO week", "неделя ISO"),
  // acquisition and value
  ACQUISITION("Acquisition and value", "Привлечение и ценность клиента"),
  CAC_BY_CHANNEL("CAC by channel", "CAC по каналам"),
  BLENDED("blended", "в целом"),
  NO_SPEND("n/a (no spend records in the input)", "н/д (во входных данных нет расходов)"),
  NO_SPEND_ON_CHANNEL("%s (no spend on this channel)", "%s (расходов по каналу нет)"),
  VALUE("value", "показатель"),
  ARPA("ARPA", "ARPA"),
  CHURN("monthly logo churn", "месячный отток клиентов"),
  LTV("LTV", "LTV"),
  LTV_CAC("LTV:CAC", "LTV:CAC"),
  // revenue
  REVENUE("Revenue retention and MRR movements", "Удержание выручки и движение MRR"),
  LAST_12("last 12 months", "последние 12 месяцев"),
  NRR("NRR", "NRR"),
  GRR("GRR", "GRR"),
  MRR_CHART("MRR movements %s to %s (%s)", "Движение MRR с %s по %s (%s)"),
  MRR_FROM_TO("MRR %s to %s", "MRR с %s по %s"),
  MRR_IN("MRR in %s", "MRR в %s"),
  NEW("new", "новые"),
  EXPANSION("expansion", "расширение"),
  REACTIVATION("reactivation", "возврат"),
  CONTRACTION("contraction", "сокращение"),
  CHURN_MRR("churn", "отток"),
  FX("FX", "курс"),
  MRR_MOVEMENTS_NA("MRR movements: %s", "Движение MRR: %s"),
  MRR_BY_MONTH("MRR movements by month", "Движение MRR по месяцам"),
  MRR_BY_MONTH_CHART("Net MRR change by month (%s)", "Чистое изменение MRR по месяцам (%s)"),
  START_MRR("MRR at start", "MRR на начало"),
  END_MRR("MRR at end", "MRR на конец"),
  NET("net", "итого"),
  // sales cycle
  CYCLE("Sales cycle", "Цикл сделки"),
  CYCLE_LINE("Median %s, p90 %s over %s won deals.", "Медиана %s, p90 %s по %s выигранным сделкам."),
  CYCLE_ANOMALIES("Lead histories with anomalies are left out.", "Истории лидов с аномалиями не учитываются."),
  // SLA
  SLA("SLA compliance by obligation — %s", "Соблюдение SLA по обязательствам — %s"),
  SLA_NOTE("%s MQLs: every MQL in the data, not only the period's, as of %s. Times in %s (the agreement's calendar)."
      + " Click a breached or at-risk figure to see the leads behind it.",
      "MQL: %s — все MQL в данных, не только за период, на момент %s. Время — %s (календарь соглашения)."
      + " Нажмите на число нарушений или рисков, чтобы увидеть лиды за ним."),
  OBLIGATION("obligation", "обязательство"),
  COMPLIANCE("compliance", "соблюдение"),
  MET("met", "выполнено"),
  BREACHED("breached", "нарушено"),
  PENDING("pending", "в работе"),
  AT_RISK("at risk", "под угрозой"),
  NOT_APPLICABLE("n/a", "не применимо"),
  SLA_BY_REP("SLA compliance by rep", "Соблюдение SLA по менеджерам"),
  SLA_BY_SOURCE("SLA compliance by source", "Соблюдение SLA по источникам"),
  REP("rep", "менеджер"),
  SOURCE("source", "источник"),
  GROUP_NOTE("Compliance of each obligation (hover for the counts); breached and at risk summed over the"
      + " obligations.", "Соблюдение каждого обязательства (наведите, чтобы увидеть счётчики); нарушения и риски"
      + " — сумма по обязательствам."),
  BREACHED_BY_REP_CHART("Breached obligations by rep", "Нарушенные обязательства по менеджерам"),
  SLA_TRENDS("SLA trends by week and month", "Динамика SLA по неделям и месяцам"),
  WEEKLY_CHART("Compliance with %s by ISO week", "Соблюдение «%s» по неделям ISO"),
  WEEKLY_NOTE("Share of decided %s verdicts that were met, by the ISO week of the MQL; last %s weeks with decided"
      + " verdicts.", "Доля выполненных среди решённых вердиктов «%s» по неделе ISO, в которую лид стал MQL;"
      + " последние %s недель с решёнными вердиктами."),
  MONTHLY_CHART("Compliance with %s by month", "Соблюдение «%s» по месяцам"),
  TREND_NOTE("Compliance of each obligation by the month (and the last %s ISO weeks) of the MQL.",
      "Соблюдение каждого обязательства по месяцу (и за последние %s недель ISO), в который лид стал MQL."),
  WATCH("Breached and at-risk leads", "Лиды с нарушениями и рисками"),
  WATCH_NOTE("At risk first (soonest due first), then breached (latest due first). Due times in %s.",
      "Сначала под угрозой (раньше срок — выше), затем нарушенные (позже срок — выше). Сроки — %s."),
  WATCH_CAPPED("The %s most urgent of %s breached or at-risk obligations are listed; %s are left out.",
      "Показаны %s самых срочных из %s нарушенных или находящихся под угрозой обязательств; не показано: %s."),
  WATCH_ALL("All %s breached or at-risk obligations are listed.",
      "Показаны все нарушенные или находящиеся под угрозой обязательства: %s."),
  LEAD("lead", "лид"),
  STATUS("status", "статус"),
  DUE("due (%s)", "срок (%s)"),
  REASON("reason", "причина"),
  DRILL_TITLE("Leads behind: %s", "Лиды за значением: %s"),
  DRILL_COUNT("%s of %s shown", "показано %s из %s"),
  DRILL_CAPPED("the others are beyond the most urgent kept in the list", "остальные не вошли в список самых срочных"),
  DRILL_CLOSE("close", "закрыть"),
  // rejections
  REJECTIONS("Rejected-lead review", "Разбор отклонённых лидов"),
  REJECTIONS_NOTE("%s rejections, %s without an allowed reason.", "Отклонений: %s, без допустимой причины: %s."),
  REASON_TOTAL("total", "всего"),
  WITHOUT_REASON("Rejections without an allowed reason", "Отклонения без допустимой причины"),
  REJECTED_AT("rejected (%s)", "отклонён (%s)"),
  LIST_CAPPED("The first %s of %s are listed; %s are left out.", "Показаны первые %s из %s; не показано: %s."),
  NO_REJECTIONS("No rejections in the data.", "В данных нет отклонений."),
  // speed to lead
  SPEED("Speed to lead", "Скорость реакции"),
  SPEED_CHART("MQL to SQL conversion by first response time", "Конверсия MQL→SQL по времени первого ответа"),
  FIRST_RESPONSE("first response", "первый ответ"),
  MQLS("MQLs", "MQL"),
  SQLS("SQLs", "SQL"),
  REJECTED("rejected", "отклонено"),
  SPEED_LIFT("Conversion within 5 min vs after the first hour (the handbook says 9×): %s.",
      "Конверсия при ответе за 5 минут против ответа позже часа (по справочнику 9×): %s."),
  // friction and data quality
  FRICTION("Top friction", "Главное узкое место"),
  LOWEST("Lowest conversion: %s", "Самая низкая конверсия: %s"),
  DATA_QUALITY("Data quality", "Качество данных"),
  DATA_QUALITY_LINE("%s leads counted twice, %s distinct people; %s clusters of duplicate leads, %s of duplicate"
      + " companies; freshness %s.", "Лидов, учтённых дважды: %s, разных людей: %s; групп дублей лидов: %s,"
      + " компаний: %s; свежесть: %s."),
  FIELD("field", "поле"),
  USABLE("usable of all leads", "пригодно из всех лидов"),
  DUPLICATE_MRR("MRR records given more than once", "Повторённые записи MRR"),
  DUPLICATE_MRR_NOTE("%s records appear more than once with the same customer, month, currency and amount (a row"
      + " exported twice); each is counted once in every revenue figure.", "Записей, повторённых с тем же клиентом,"
      + " месяцем, валютой и суммой (строка выгружена дважды): %s; каждая учтена один раз во всех показателях"
      + " выручки."),
  CUSTOMER("customer", "клиент"),
  COPIES("copies", "копий"),
  REJECTED_ROWS("Rejected rows", "Отклонённые строки"),
  REJECTED_ROWS_NOTE("The first %s of %s rejected rows; every one is listed in %s beside this report.",
      "Первые %s из %s отклонённых строк; все они перечислены в файле %s рядом с этим отчётом."),
  FILE("file", "файл"),
  LINE("line", "строка"),
  COLUMN("column", "столбец"),
  RULE("rule", "правило"),
  DAYS("%s days", "%s дн."),
  NRR_BAND("%s, %s", "%s, %s"),
  ATTRACTION("Attraction", "Привлечение"),
  CONVERSION_STAGE("Conversion", "Конверсия"),
  DEAL("Deal", "Сделка"),
  RETENTION("Retention", "Удержание"),
  EXPANSION_STAGE("Expansion", "Расширение"),
  ADVOCACY("Advocacy", "Рекомендации"),
  MILLIONS("M", "\u00a0млн"),
  THOUSANDS("K", "\u00a0тыс.");

  /** The name of a bowtie stage. */
  static Label of(io.revops.core.funnel.BowtieStage s) {
    return switch (s) {
      case ATTRACTION -> ATTRACTION;
      case CONVERSION -> CONVERSION_STAGE;
      case DEAL -> DEAL;
      case RETENTION -> RETENTION;
      case EXPANSION -> EXPANSION_STAGE;
      case ADVOCACY -> ADVOCACY;
    };
  }

  private final String en;
  private final String ru;

  Label(String en, String ru) {
    this.en = en;
    this.ru = ru;
  }

  /** The text in {@code locale}. */
  String in(ReportLocale locale) {
    return locale == ReportLocale.RU ? ru : en;
  }

  /** The pattern in {@code locale} filled with {@code args}. */
  String in(ReportLocale locale, Object... args) {
    return String.format(locale.locale(), in(locale), args);
  }
}
