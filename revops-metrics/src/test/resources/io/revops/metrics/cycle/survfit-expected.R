# Generates the expected Kaplan-Meier values that KaplanMeierConfidenceTest reads.
# Run from this directory:  Rscript survfit-expected.R
# It writes the data sets (aml, lung from R's survival package) and what survfit() prints for them with its
# defaults (conf.type = "log", conf.int = 0.95, Greenwood variance), at 17 significant digits: <name>-survfit.csv
# (the curve), <name>-median.csv (the median and its interval as print(survfit) shows them), <name>-quantiles.csv
# (quantile.survfit: quartiles with their intervals), <name>-plain.csv (the intervals of conf.type = "plain").
# survfit-expected.out is what it printed.
library(survival)
options(digits = 17)
fmt <- function(x) ifelse(is.na(x), "NA", trimws(formatC(x, digits = 17, format = "g")))
write_case <- function(name, time, status) {
  write.csv(data.frame(time = time, status = status), paste0(name, "-data.csv"), row.names = FALSE, quote = FALSE)
  fit <- survfit(Surv(time, status) ~ 1)
  steps <- data.frame(time = fit$time, n.risk = fit$n.risk, n.event = fit$n.event, n.censor = fit$n.censor,
                      surv = fmt(fit$surv), std.err = fmt(fit$std.err), lower = fmt(fit$lower), upper = fmt(fit$upper))
  write.csv(steps, paste0(name, "-survfit.csv"), row.names = FALSE, quote = FALSE)
  plain <- survfit(Surv(time, status) ~ 1, conf.type = "plain")
  write.csv(data.frame(time = plain$time, lower = fmt(plain$lower), upper = fmt(plain$upper)),
            paste0(name, "-plain.csv"), row.names = FALSE, quote = FALSE)
  tab <- summary(fit)$table
  q <- quantile(fit, probs = c(0.25, 0.5, 0.75))
  quant <- data.frame(prob = c(0.25, 0.5, 0.75), quantile = fmt(q$quantile), lower = fmt(q$lower), upper = fmt(q$upper))
  write.csv(quant, paste0(name, "-quantiles.csv"), row.names = FALSE, quote = FALSE)
  write.csv(data.frame(median = fmt(tab["median"]), lcl = fmt(tab["0.95LCL"]), ucl = fmt(tab["0.95UCL"])),
            paste0(name, "-median.csv"), row.names = FALSE, quote = FALSE)
  cat(name, ": median", fmt(tab["median"]), "LCL", fmt(tab["0.95LCL"]), "UCL", fmt(tab["0.95UCL"]), "\n")
}
write_case("aml", aml$time, aml$status)
# lung: status 1 = censored, 2 = dead
write_case("lung", lung$time, as.integer(lung$status == 2))
# a curve that sits exactly at 0.5 over a stretch, where R takes the midpoint
write_case("flat", c(1, 2, 3, 4, 5, 6), c(1, 1, 1, 0, 1, 1))
# a curve that ends at exactly 0.5: the midpoint runs to the last time observed
write_case("endsflat", c(1, 2, 3, 4), c(1, 1, 0, 0))
cat(R.version.string, "survival", as.character(packageVersion("survival")), "\n")
