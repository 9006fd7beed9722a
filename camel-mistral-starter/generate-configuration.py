#!/usr/bin/env python3
"""Writes MistralComponentConfiguration.java and additional-spring-configuration-metadata.json of
camel-mistral-starter from the component's catalog JSON (componentProperties). Run from the repository root."""
import json, re, textwrap

CATALOG = 'camel-mistral/src/generated/resources/META-INF/io/github/camelmistral/mistral.json'
PKG_DIR = 'camel-mistral-starter/src/main/java/io/github/camelmistral/springboot/'
META = 'camel-mistral-starter/src/main/resources/META-INF/additional-spring-configuration-metadata.json'
PREFIX = 'camel.component.mistral'

props = sorted(json.load(open(CATALOG))['componentProperties'].items(), key=lambda kv: kv[1]['index'])

BOXED = {'int': 'Integer', 'long': 'Long', 'boolean': 'Boolean', 'double': 'Double',
         'java.lang.String': 'String', 'java.lang.Integer': 'Integer', 'java.lang.Long': 'Long',
         'java.lang.Boolean': 'Boolean', 'java.lang.Double': 'Double',
         'java.util.Map<java.lang.String, java.lang.String>': 'Map<String, String>',
         'io.github.camelmistral.MistralConfiguration': 'MistralConfiguration',
         'org.apache.camel.spi.StateRepository<java.lang.String, java.lang.String>': 'StateRepository<String, String>',
         'org.apache.camel.support.jsse.SSLContextParameters': 'SSLContextParameters'}
IMPORTS = {'Map': 'java.util.Map', 'Duration': 'java.time.Duration',
           'MistralConfiguration': 'io.github.camelmistral.MistralConfiguration',
           'StateRepository': 'org.apache.camel.spi.StateRepository',
           'SSLContextParameters': 'org.apache.camel.support.jsse.SSLContextParameters'}


def java_type(p):
    return 'Duration' if p['type'] == 'duration' else BOXED[p['javaType']]


def kebab(name):
    return re.sub(r'([A-Z])', lambda m: '-' + m.group(1).lower(), name)


def javadoc(text, indent='    '):
    lines = textwrap.wrap(text.replace('*/', '*&#47;'), 112, break_on_hyphens=False, break_long_words=False)
    return indent + '/**\n' + ''.join(indent + ' * ' + l + '\n' for l in lines) + indent + ' */\n'


def description(name, p):
    text = p['description']
    if p['type'] == 'object':
        text += (' The option is a %s type: give the id of a bean, as #id or #bean:id.'
                 % p['javaType'].split('<')[0])
    if p.get('enum'):
        text += ' One of: ' + ', '.join(p['enum']) + '.'
    if p.get('secret'):
        text += ' A secret: keep it out of committed files, e.g. set it from an environment variable.'
    return text


def default(p):
    value = p.get('defaultValue')
    if value is None:
        return None
    if p['type'] == 'duration':
        ms = int(value)
        return '%ds' % (ms // 1000) if ms % 1000 == 0 else '%dms' % ms
    if p['type'] == 'integer':
        return int(value)
    return value


fields, accessors, used = [], [], set()
fields.append(javadoc('Whether to enable auto configuration of the mistral component. This is enabled by default.')
              + '    private Boolean enabled;\n')
accessors.append('    public Boolean getEnabled() {\n        return enabled;\n    }\n\n'
                 '    public void setEnabled(Boolean enabled) {\n        this.enabled = enabled;\n    }\n')
for name, p in props:
    jt = java_type(p)
    used.update(t for t in IMPORTS if re.search(r'\b%s\b' % t, jt))
    fields.append(javadoc(description(name, p)) + '    private %s %s;\n' % (jt, name))
    cap = name[0].upper() + name[1:]
    accessors.append('    public %s get%s() {\n        return %s;\n    }\n\n'
                     '    public void set%s(%s %s) {\n        this.%s = %s;\n    }\n'
                     % (jt, cap, name, cap, jt, name, name, name))

imports = sorted(IMPORTS[t] for t in used)
java_imports = [i for i in imports if i.startswith('java.')]
other_imports = [i for i in imports if not i.startswith('java.')] + [
    'org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon',
    'org.springframework.boot.context.properties.ConfigurationProperties']
other_imports.sort()

src = '''package io.github.camelmistral.springboot;

%s

%s

/**
 * The options of the {@code mistral} component under {@value #PREFIX}, one per component option of the Camel
 * catalog, in its order. Every field starts unset: only what the application configures is copied onto the
 * component, which keeps its own defaults (several Boolean options mean "decide per API" while unset); the defaults
 * the IDE shows come from {@code additional-spring-configuration-metadata.json}.
 * <p>
 * Written by a script from {@code camel-mistral/src/generated/resources/META-INF/io/github/camelmistral/mistral.json}
 * (descriptions, enums and secret flags from its {@code componentProperties}; duration options typed
 * {@link java.time.Duration}, so 30s, 5m and plain milliseconds all bind): after changing the component's
 * options, run {@code python3 camel-mistral-starter/generate-configuration.py} from the repository root
 * ({@code ConfigurationInStepTest} fails until then).
 */
@ConfigurationProperties(prefix = MistralComponentConfiguration.PREFIX)
public class MistralComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    public static final String PREFIX = "%s";

%s
%s}
''' % ('\n'.join('import %s;' % i for i in java_imports), '\n'.join('import %s;' % i for i in other_imports), PREFIX,
       ''.join(fields), '\n'.join(accessors))
open(PKG_DIR + 'MistralComponentConfiguration.java', 'w').write(src)

meta_props, hints = [], []
for name, p in props:
    d = default(p)
    if d is not None:
        meta_props.append({'name': PREFIX + '.' + kebab(name), 'defaultValue': d})
    if p.get('enum'):
        hints.append({'name': PREFIX + '.' + kebab(name), 'values': [{'value': v} for v in p['enum']]})
open(META, 'w').write(json.dumps({'properties': meta_props, 'hints': hints}, indent=2) + '\n')
