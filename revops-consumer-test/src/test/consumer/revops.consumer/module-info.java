module revops.consumer {
  requires io.revops.core;
  requires io.revops.metrics;
  requires io.revops.sla;
  requires io.revops.json;
  requires com.fasterxml.jackson.databind;
  requires java.money;
}
