/**
 * The English catalogue. Every message the core emits is an id here; the UI and CLI put it into
 * words with formatMessage. Other languages must provide every id (a type error otherwise).
 */
export const en = {
  // Design format: document level
  'design.notObject': 'a design must be a JSON object',
  'design.version.missing': 'version is required: this app reads design files of version 1',
  'design.version.newer':
    'version {value} was written by a newer release of this app; this one reads version 1',
  'design.version.invalid': 'version {value} is not supported: this app reads version 1',
  'design.json.invalid': 'not valid JSON: {detail}',
  // Design format: field shape
  'field.required': 'is required',
  'field.invalidType': 'expected {expected}, got {received}',
  'field.unknownKey': 'unknown field "{key}"',
  'field.enum': 'must be one of {values}, not {value}',
  'field.tooFew': 'needs at least {min} entries',
  'field.tooSmall': 'must be at least {min}, not {value}',
  'field.tooBig': 'must be at most {max}, not {value}',
  'field.tooLong': 'is longer than {max} characters',
  'field.notInteger': 'must be a whole number, not {value}',
  'field.invalid': 'is not valid: {detail}',
  'net.cidr.invalid': 'not a CIDR: {value}',
  'net.cidr.hostBits': '{value} has host bits set (the network is {network})',
  'net.ip.invalid': 'not an IP address: {value}',
  'name.id':
    'not a valid id: "{value}" (1–63 letters, digits, ".", "_" or "-", starting with a letter or digit)',
  'name.dnsLabel':
    'not a valid namespace: "{value}" (lower-case letters, digits and "-", at most 63, alphanumeric at both ends)',
  'name.serviceName':
    'not a valid Service name: "{value}" (lower-case letters, digits and "-", starting with a letter, at most 63)',
  'name.dnsSubdomain':
    'not a valid Kubernetes name: "{value}" (lower-case letters, digits, "-" and ".", alphanumeric at both ends)',
  'name.labelKey': 'not a valid label key: "{value}"',
  'name.labelValue':
    'not a valid label value: "{value}" (at most 63 of letters, digits, ".", "_", "-", alphanumeric at both ends)',
  'name.portName':
    'not a valid port name: "{value}" (1–15 lower-case letters, digits and "-", at least one letter)',
  'name.interface':
    'not a valid interface name: "{value}" (1–15 of letters, digits, ".", "_", "-")',
  'portRange.invalid': 'not a port range: "{value}" (write it as "30000:32767")',
  // Design format: cross-field rules
  'ref.duplicateId': 'duplicate id "{id}" (also used at {other})',
  'ref.dangling': 'no {kind} has the id "{id}"',
  'service.clusterIP.outside': '{value} is outside every service CIDR ({cidrs})',
  'service.clusterIP.duplicate': 'cluster IP {value} is also used by service "{other}"',
  'service.name.duplicate': 'another service in namespace {namespace} is also named "{name}"',
  'service.port.duplicate': 'port {port}/{protocol} is listed twice',
  'service.portName.duplicate': 'port name "{name}" is used twice',
  'service.portName.required': 'a service with more than one port must name every port',
  'pod.ip.outside': '{value} is outside every pod CIDR ({cidrs})',
  'pod.ip.duplicate': 'pod IP {value} is also used by pod "{other}"',
  'pod.name.duplicate': 'another pod in namespace {namespace} is also named "{name}"',
  'node.name.duplicate': 'another node is also named "{name}"',
  'node.interface.duplicate': 'interface "{name}" is listed twice on this node',
  'node.ip.duplicate': 'address {value} is also used at {other}',
  'access.port.unknown': 'service "{service}" has no port {port} (its ports: {ports})',
  'access.duplicate': 'this client already has an access edge to this service ({other})',
} as const;

/** Every message id the application knows. */
export type MessageId = keyof typeof en;
