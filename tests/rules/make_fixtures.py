#!/usr/bin/env python3
"""Writes tests/rules/<RULE-ID>/{fail,pass}.skyforge and expected.json.

Each fixture is the bundled web-app-ecs design (with CloudFront's WAF on, so that the
base has no finding at all) changed in one place. expected.json lists, by hand, every
finding the failing design must raise: {rule, component, connection}. The passing design
must raise none. Re-run after changing a fixture here: python3 tests/rules/make_fixtures.py
"""
import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = json.load(open(os.path.join(HERE, '..', '..', 'resources', 'templates', 'web-app-ecs.skyforge')))


def comp(d, cid):
    return next(c for c in d['components'] if c['id'] == cid)


def setp(cid, **props):
    def change(d):
        comp(d, cid).setdefault('properties', {}).update(props)
    return change


def drop_conn(cid):
    def change(d):
        d['connections'] = [c for c in d['connections'] if c['id'] != cid]
    return change


def add_conn(cid, frm, to, protocol, port=None):
    def change(d):
        c = {'id': cid, 'from': frm, 'to': to, 'protocol': protocol}
        if port is not None:
            c['port'] = port
        d['connections'].append(c)
    return change


def conn_port(cid, port):
    def change(d):
        next(c for c in d['connections'] if c['id'] == cid)['port'] = port
    return change


def move(cid, parent):
    def change(d):
        comp(d, cid)['parent'] = parent
    return change


def drop_comp(cid):
    def change(d):
        d['components'] = [c for c in d['components'] if c['id'] != cid]
        d['connections'] = [c for c in d['connections'] if cid not in (c['from'], c['to'])]
    return change


def add_comp(c):
    def change(d):
        d['components'].append(c)
    return change


def both(*changes):
    def change(d):
        for ch in changes:
            ch(d)
    return change


def f(rule, component, connection=None):
    return {'rule': rule, 'component': component, 'connection': connection}


nothing = both()

# rule id: (failing change, passing change, expected findings of the failing design)
CASES = {
    'SKY-NET-001': (add_conn('c16', 'alb', 'db', 'postgres', 5432), nothing, [f('SKY-NET-001', 'db', 'c16')]),
    'SKY-NET-002': (conn_port('c9', 8080), conn_port('c9', 8000),
                    [f('SKY-NET-002', 'api', 'c9'), f('SKY-CONN-001', 'api', 'c9')]),
    'SKY-NET-003': (setp('alb', internet_facing=False), setp('alb', internet_facing=True), [f('SKY-NET-003', 'users', 'c2')]),
    'SKY-NET-004': (setp('api', assign_public_ip=True), setp('api', assign_public_ip=False), [f('SKY-NET-004', 'api')]),
    'SKY-NET-005': (move('db', 'public'), nothing, [f('SKY-NET-005', 'db')]),
    'SKY-NET-006': (drop_comp('nat'), nothing, [f('SKY-NET-006', 'vpc')]),
    'SKY-NET-007': (setp('vpc', flow_logs=False), setp('vpc', flow_logs=True), [f('SKY-NET-007', 'vpc')]),
    'SKY-HA-001': (setp('vpc', az_count=1), setp('vpc', az_count=3),
                   [f('SKY-HA-001', 'vpc'), f('SKY-ECS-002', 'api')]),
    'SKY-TLS-001': (both(setp('alb', http_listener='forward'), setp('cdn', viewer_protocol_policy='allow-all')),
                    both(setp('alb', http_listener='none'), setp('cdn', viewer_protocol_policy='https-only')),
                    [f('SKY-TLS-001', 'alb'), f('SKY-TLS-001', 'cdn')]),
    'SKY-TLS-002': (both(setp('cdn', minimum_tls='TLSv1'), setp('alb', ssl_policy='ELBSecurityPolicy-2016-08')),
                    setp('alb', ssl_policy='ELBSecurityPolicy-TLS-1-2-2017-01'),
                    [f('SKY-TLS-002', 'cdn'), f('SKY-TLS-002', 'alb')]),
    'SKY-TLS-003': (drop_conn('c7'), nothing, [f('SKY-TLS-003', 'alb')]),
    'SKY-EDGE-001': (setp('alb', drop_invalid_headers=False), setp('alb', drop_invalid_headers=True), [f('SKY-EDGE-001', 'alb')]),
    'SKY-EDGE-002': (setp('alb', access_logs=False), setp('alb', access_logs=True), [f('SKY-EDGE-002', 'alb')]),
    'SKY-EDGE-003': (setp('alb', deletion_protection=False), setp('alb', deletion_protection=True), [f('SKY-EDGE-003', 'alb')]),
    'SKY-EDGE-004': (setp('cdn', waf=False), setp('cdn', waf=True), [f('SKY-EDGE-004', 'cdn')]),
    'SKY-DATA-001': (setp('db', multi_az=False), setp('db', multi_az=True), [f('SKY-DATA-001', 'db')]),
    'SKY-DATA-002': (setp('db', backup_retention_days=0), setp('db', backup_retention_days=14), [f('SKY-DATA-002', 'db')]),
    'SKY-DATA-003': (setp('db', storage_encrypted=False), setp('db', storage_encrypted=True), [f('SKY-DATA-003', 'db')]),
    'SKY-DATA-004': (setp('db', publicly_accessible=True), setp('db', publicly_accessible=False), [f('SKY-DATA-004', 'db')]),
    'SKY-DATA-005': (setp('db', deletion_protection=False), setp('db', deletion_protection=True), [f('SKY-DATA-005', 'db')]),
    'SKY-DATA-006': (setp('frontend', block_public_access=False), setp('frontend', block_public_access=True), [f('SKY-DATA-006', 'frontend')]),
    'SKY-DATA-007': (both(setp('frontend', website_hosting=True), add_conn('c16', 'users', 'frontend', 'https')),
                     setp('frontend', website_hosting=False),
                     [f('SKY-DATA-007', 'frontend'), f('SKY-DATA-007', 'frontend', 'c16'), f('SKY-NET-003', 'users', 'c16')]),
    'SKY-DATA-008': (setp('frontend', encryption='none'), setp('frontend', encryption='SSE-KMS'), [f('SKY-DATA-008', 'frontend')]),
    'SKY-DATA-009': (setp('frontend', versioning=False), setp('frontend', versioning=True), [f('SKY-DATA-009', 'frontend')]),
    'SKY-DATA-010': (setp('db', iam_auth=False), setp('db', iam_auth=True), [f('SKY-DATA-010', 'db')]),
    'SKY-DATA-011': (setp('db', performance_insights=False), setp('db', performance_insights=True), [f('SKY-DATA-011', 'db')]),
    'SKY-SEC-001': (setp('db_secret', rotation_days=0), setp('db_secret', rotation_days=90), [f('SKY-SEC-001', 'db_secret')]),
    'SKY-ECS-001': (setp('api', scale_on_memory_percent=0, max_tasks=2, min_tasks=2), setp('api', min_tasks=2, max_tasks=3),
                    [f('SKY-ECS-001', 'api'), f('SKY-ECS-001', 'api')]),
    'SKY-ECS-002': (setp('api', min_tasks=1), setp('api', min_tasks=2), [f('SKY-ECS-002', 'api')]),
    'SKY-ECS-003': (drop_conn('c11'), nothing, [f('SKY-ECS-003', 'api')]),
    'SKY-ECR-001': (setp('ecr', scan_on_push=False, immutable_tags=False), setp('ecr', scan_on_push=True, immutable_tags=True),
                    [f('SKY-ECR-001', 'ecr'), f('SKY-ECR-001', 'ecr')]),
    'SKY-OBS-001': (drop_conn('c12'), nothing, [f('SKY-OBS-001', 'api')]),
    'SKY-OBS-002': (drop_comp('monitoring'), nothing,
                    [f('SKY-OBS-001', 'api'), f('SKY-OBS-002', 'alb'), f('SKY-OBS-002', 'api'), f('SKY-OBS-002', 'db')]),
    'SKY-OBS-003': (setp('monitoring', log_retention_days=0), setp('monitoring', log_retention_days=365), [f('SKY-OBS-003', 'monitoring')]),
    'SKY-PLACE-001': (move('ecr', 'vpc'), move('ecr', 'region'), [f('SKY-PLACE-001', 'ecr')]),
    'SKY-PROP-001': (both(setp('vpc', az_count=9), add_comp({'id': 'queue', 'type': 'sqs_queue', 'parent': 'region'}),
                          setp('nat', per_az='yes')),
                     setp('vpc', az_count=6),
                     [f('SKY-PROP-001', 'vpc'), f('SKY-PROP-001', 'queue'), f('SKY-PROP-001', 'nat')]),
    'SKY-CONN-001': (conn_port('c10', 3306), conn_port('c10', 5432), [f('SKY-CONN-001', 'db', 'c10')]),
}


def write(path, design):
    with open(path, 'w') as out:
        json.dump(design, out, indent=2, ensure_ascii=False)
        out.write('\n')


def main():
    base = copy.deepcopy(BASE)
    comp(base, 'cdn').setdefault('properties', {})['waf'] = True
    for rule, (fail, ok, expected) in CASES.items():
        folder = os.path.join(HERE, rule)
        os.makedirs(folder, exist_ok=True)
        for name, change in (('fail', fail), ('pass', ok)):
            d = copy.deepcopy(base)
            d['name'] = f'{rule} {name}'
            change(d)
            write(os.path.join(folder, f'{name}.skyforge'), d)
        write(os.path.join(folder, 'expected.json'), expected)


if __name__ == '__main__':
    main()
