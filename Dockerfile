# syntax=docker/dockerfile:1

# Build stage: compiles the release binary. SQLite and libpq are bundled (built from source
# with the C compiler); libpq links the system OpenSSL, found through pkg-config.
FROM rust:1.95-slim-bookworm AS build

# Build-only packages: versions follow the base image's Debian release and its security updates
# (exact pins would break as soon as the mirror drops the pinned version).
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends gcc libc6-dev libssl-dev pkg-config \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /src
# Only what the build reads: build.rs and embed_migrations! read migrations/, include_str! reads
# examples/, and Cargo.toml declares the benchmark in benches/.
COPY Cargo.toml Cargo.lock build.rs diesel.toml ./
COPY .cargo ./.cargo
COPY src ./src
COPY benches ./benches
COPY migrations ./migrations
COPY examples ./examples
COPY openapi ./openapi

# The crate registry and target/ are BuildKit cache mounts, kept between builds; the binary is
# copied out of the target/ mount into /out, which is part of the image layer.
RUN --mount=type=cache,target=/usr/local/cargo/registry,sharing=locked \
    --mount=type=cache,target=/usr/local/cargo/git,sharing=locked \
    --mount=type=cache,target=/src/target,sharing=locked \
    cargo build --release --locked \
    && install -D -m 0755 target/release/perf-targets /out/perf-targets

# Runtime stage: the binary, OpenSSL and CA certificates, run as an unprivileged user with the
# SQLite database on the /data volume.
FROM debian:bookworm-slim

LABEL org.opencontainers.image.title="perf-targets" \
      org.opencontainers.image.description="REST/JSON service for budget performance target sheets" \
      org.opencontainers.image.licenses="Apache-2.0"

# Runtime libraries: versions follow debian:bookworm-slim and its security updates (exact pins
# would break as soon as the mirror drops the pinned version, and would hold back OpenSSL fixes).
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates libssl3 \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 perf-targets \
    && useradd --system --uid 10001 --gid perf-targets --home-dir /data --no-create-home \
        --shell /usr/sbin/nologin perf-targets \
    && install -d -o perf-targets -g perf-targets -m 0750 /data

COPY --from=build /out/perf-targets /usr/local/bin/perf-targets

ENV DATABASE_URL=/data/perf-targets.db \
    PERF_TARGETS_ADDR=0.0.0.0:8080 \
    PERF_TARGETS_LOG_FORMAT=json

WORKDIR /data
VOLUME ["/data"]
USER 10001:10001
EXPOSE 8080

# `healthcheck` calls GET /readyz at PERF_TARGETS_ADDR (0.0.0.0 is dialled as 127.0.0.1).
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
    CMD ["perf-targets", "healthcheck"]

ENTRYPOINT ["perf-targets"]
CMD ["serve"]
