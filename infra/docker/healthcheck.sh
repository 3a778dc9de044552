#!/usr/bin/env bash
# The container's health: Spring Boot's health endpoint says UP. Uses bash's /dev/tcp, since the JRE base
# image has no curl or wget and adding one only for this would widen what an attacker could use.
set -euo pipefail
port="${MANAGEMENT_SERVER_PORT:-${SERVER_PORT:-8080}}"
exec 3<>"/dev/tcp/127.0.0.1/${port}"
printf 'GET /actuator/health HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
timeout 2 cat <&3 | grep -q '"status":"UP"'
