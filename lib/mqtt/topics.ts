// MQTT topics and Home Assistant discovery (issue 19; docs/mqtt.md). Pure: what is published
// where, so the tests and the documentation can read it without a broker.
//
//   <prefix>/status                                  "online" / "offline" (retained; last will)
//   <prefix>/<familyId>/kids/<kidId>/state           the kid's day as JSON (retained)
//   <discovery>/sensor/fr_<kidId>/<what>/config       routines done, stars, current progress
//   <discovery>/binary_sensor/fr_<kidId>/r_<routineId>/config   one per routine: done today
//
// Home Assistant reads the retained configs, creates one device per kid with its entities, and
// follows the state topic. A routine that is gone gets an empty retained config (removed in HA).

export type MqttNames = { prefix: string; discovery: string };

export type KidState = {
  /** Routines of today that are finished, and how many there are today. */
  routines_done_today: number;
  routines_today: number;
  points: number;
  /** The routine whose time window is now (else the next one today; else null), and its %. */
  current_routine: string | null;
  current_progress: number | null;
  /** Per routine of today, by id: finished or not. */
  routines: Record<string, boolean>;
};

type DayRoutine = {
  id: string;
  name: string;
  startMinute: number;
  endMinute: number;
  done: number;
  total: number;
};

const finished = (r: DayRoutine) => r.total > 0 && r.done >= r.total;

/** A kid's state for the state topic, at `minute` of the family's day. */
export function kidState(routines: DayRoutine[], points: number, minute: number): KidState {
  const current =
    routines.find((r) => r.startMinute <= minute && minute < r.endMinute) ??
    [...routines]
      .sort((a, b) => a.startMinute - b.startMinute)
      .find((r) => r.startMinute > minute) ??
    null;
  return {
    routines_done_today: routines.filter(finished).length,
    routines_today: routines.length,
    points,
    current_routine: current?.name ?? null,
    current_progress:
      current && current.total > 0 ? Math.round((100 * current.done) / current.total) : null,
    routines: Object.fromEntries(routines.map((r) => [r.id, finished(r)])),
  };
}

export const statusTopic = ({ prefix }: MqttNames) => `${prefix}/status`;

export const stateTopic = ({ prefix }: MqttNames, familyId: string, kidId: string) =>
  `${prefix}/${familyId}/kids/${kidId}/state`;

/** Every retained discovery config for one kid: topic → payload. */
export function discoveryConfigs(
  names: MqttNames,
  family: { id: string },
  kid: { id: string; displayName: string },
  routines: { id: string; name: string }[],
): Map<string, Record<string, unknown>> {
  const node = `fr_${kid.id.replaceAll("-", "")}`;
  const common = {
    state_topic: stateTopic(names, family.id, kid.id),
    availability_topic: statusTopic(names),
    device: {
      identifiers: [node],
      name: kid.displayName,
      manufacturer: "Family Routines",
      model: "Kid",
    },
  };
  const configs = new Map<string, Record<string, unknown>>();
  const sensor = (what: string, config: Record<string, unknown>) =>
    configs.set(`${names.discovery}/sensor/${node}/${what}/config`, {
      ...common,
      unique_id: `${node}_${what}`,
      object_id: `${node}_${what}`,
      ...config,
    });
  sensor("routines_done", {
    name: "Routines done today",
    icon: "mdi:check-all",
    state_class: "measurement",
    value_template: "{{ value_json.routines_done_today }}",
  });
  sensor("points", {
    name: "Stars",
    icon: "mdi:star",
    state_class: "measurement",
    value_template: "{{ value_json.points }}",
  });
  sensor("progress", {
    name: "Current routine progress",
    icon: "mdi:progress-check",
    unit_of_measurement: "%",
    value_template:
      "{{ value_json.current_progress if value_json.current_progress is not none else 'unknown' }}",
    json_attributes_topic: common.state_topic,
    json_attributes_template: "{{ {'routine': value_json.current_routine} | tojson }}",
  });
  for (const routine of routines) {
    const what = `r_${routine.id.replaceAll("-", "")}`;
    configs.set(`${names.discovery}/binary_sensor/${node}/${what}/config`, {
      ...common,
      unique_id: `${node}_${what}`,
      object_id: `${node}_${what}`,
      name: `${routine.name} done today`,
      icon: "mdi:calendar-check",
      payload_on: "ON",
      payload_off: "OFF",
      value_template: `{{ 'ON' if value_json.routines.get('${routine.id}') else 'OFF' }}`,
    });
  }
  return configs;
}
