//! Files sent while they are written (the exports, SPEC §8: memory does not grow with the data).
//!
//! An export writes into a [`FileSink`]: first [`FileSink::begin`] with the file's name and
//! type, once what can still fail with a clear problem has been read (the first page of rows;
//! for Excel, the whole workbook, written to a temporary file), then its bytes. Over HTTP
//! ([`Store::stream`]) the bytes go in chunks of [`CHUNK_BYTES`] through a channel of
//! [`CHUNKS_IN_FLIGHT`] to the response body, so the service holds a page of rows and a few
//! chunks whatever the size of the file; the command line writes them to its file.
//!
//! An error before `begin` is the request's answer (a problem, as before). After it the status
//! line and part of the body are sent, so it can no longer become a problem: the response is cut
//! off (the connection closed before the body's last chunk, which every HTTP client reports as
//! an incomplete transfer, never as a complete file) and the cause is logged.

use std::io::{self, Write};
use std::time::{Duration, Instant};

use bytes::Bytes;
use tokio::sync::{mpsc, oneshot};

use super::Store;
use crate::db::DbConnection;
use crate::error::ServiceError;

/// Bytes per chunk of a streamed file.
pub const CHUNK_BYTES: usize = 64 * 1024;
/// Chunks written ahead of the client at most (1 MiB).
pub const CHUNKS_IN_FLIGHT: usize = 16;
/// How long an export waits for a client that reads nothing before it gives up (freeing its
/// database connection).
pub const STALLED_CLIENT: Duration = Duration::from_secs(60);

/// The name and type of a file to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileHead {
    /// Its media type.
    pub media_type: &'static str,
    /// Its name without the extension.
    pub stem: String,
    /// Its extension.
    pub extension: &'static str,
}

/// Where an export writes: told the file's name and type before its first byte.
pub trait FileSink: Write {
    /// The file's name and type: from now on errors can no longer be the request's answer.
    /// Only the first call counts.
    fn begin(&mut self, head: &FileHead);
}

/// A file being sent: its name and type, and its bytes as they are written (an `Err` item
/// ends the body early: see the module docs).
#[derive(Debug)]
pub struct Streamed {
    /// Name and type.
    pub head: FileHead,
    /// The bytes, in chunks.
    pub chunks: mpsc::Receiver<io::Result<Bytes>>,
}

/// The sink of [`Store::stream`]: chunks into a bounded channel.
struct ChunkSink {
    head: Option<oneshot::Sender<FileHead>>,
    tx: mpsc::Sender<io::Result<Bytes>>,
    buf: Vec<u8>,
}

impl ChunkSink {
    fn begun(&self) -> bool {
        self.head.is_none()
    }

    /// Hands `item` to the response body, waiting while the client is behind, at most
    /// [`STALLED_CLIENT`] without progress.
    fn deliver(&mut self, mut item: io::Result<Bytes>) -> io::Result<()> {
        let deadline = Instant::now() + STALLED_CLIENT;
        let mut pause = Duration::from_millis(1);
        loop {
            match self.tx.try_send(item) {
                Ok(()) => return Ok(()),
                Err(mpsc::error::TrySendError::Closed(_)) => {
                    return Err(io::Error::new(
                        io::ErrorKind::BrokenPipe,
                        "the client closed the connection",
                    ))
                }
                Err(mpsc::error::TrySendError::Full(back)) => {
                    if Instant::now() >= deadline {
                        return Err(io::Error::new(
                            io::ErrorKind::TimedOut,
                            format!("the client read nothing for {STALLED_CLIENT:?}"),
                        ));
                    }
                    item = back;
                    std::thread::sleep(pause);
                    pause = (pause * 2).min(Duration::from_millis(10));
                }
            }
        }
    }

    fn send_buffered(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let chunk = Bytes::from(std::mem::replace(
            &mut self.buf,
            Vec::with_capacity(CHUNK_BYTES),
        ));
        self.deliver(Ok(chunk))
    }
}

impl Write for ChunkSink {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(data);
        if self.buf.len() >= CHUNK_BYTES {
            self.send_buffered()?;
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.send_buffered()
    }
}

impl FileSink for ChunkSink {
    fn begin(&mut self, head: &FileHead) {
        if let Some(tx) = self.head.take() {
            // The handler may have gone (the client left); the writes will notice.
            let _ = tx.send(head.clone());
        }
    }
}

/// A [`FileSink`] over any writer (the command line's file or standard output), created on
/// [`FileSink::begin`] so that an export refused before its first byte leaves no file.
pub struct LazySink<W: Write, F: FnOnce() -> io::Result<W>> {
    open: Option<F>,
    out: Option<W>,
    failed: Option<io::Error>,
}

impl<W: Write, F: FnOnce() -> io::Result<W>> LazySink<W, F> {
    /// A sink that opens its writer with `open` when the file begins.
    pub fn new(open: F) -> Self {
        LazySink {
            open: Some(open),
            out: None,
            failed: None,
        }
    }

    fn out(&mut self) -> io::Result<&mut W> {
        if let Some(e) = self.failed.take() {
            return Err(e);
        }
        self.out
            .as_mut()
            .ok_or_else(|| io::Error::other("the file was written before it began"))
    }
}

impl<W: Write, F: FnOnce() -> io::Result<W>> Write for LazySink<W, F> {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.out()?.write(data)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out()?.flush()
    }
}

impl<W: Write, F: FnOnce() -> io::Result<W>> FileSink for LazySink<W, F> {
    fn begin(&mut self, _head: &FileHead) {
        if let Some(open) = self.open.take() {
            match open() {
                Ok(w) => self.out = Some(w),
                Err(e) => self.failed = Some(e),
            }
        }
    }
}

/// An error while writing to a sink: the client left, stalled, or a file could not be written.
pub(crate) fn sink_failed(e: io::Error) -> ServiceError {
    ServiceError::internal(format!("writing the file failed: {e}"))
}

impl Store {
    /// Runs an export (`f`, on the blocking pool with a connection) whose file is sent while it
    /// is written: answers with its name, type and chunks once `f` has called
    /// [`FileSink::begin`], or with `f`'s error if it fails before. An error after that cuts
    /// the body off and is logged (see the module docs).
    pub async fn stream<F>(&self, f: F) -> Result<Streamed, ServiceError>
    where
        F: FnOnce(&mut DbConnection, &mut dyn FileSink) -> Result<(), ServiceError>
            + Send
            + 'static,
    {
        let (head_tx, head_rx) = oneshot::channel();
        let (tx, chunks) = mpsc::channel(CHUNKS_IN_FLIGHT);
        let job = self.run(move |conn| {
            let mut sink = ChunkSink {
                head: Some(head_tx),
                tx,
                buf: Vec::with_capacity(CHUNK_BYTES),
            };
            let written = f(conn, &mut sink).and_then(|()| sink.flush().map_err(sink_failed));
            match written {
                Ok(()) if sink.begun() => Ok(()),
                Ok(()) => Err(ServiceError::internal("an export wrote no file")),
                Err(e) if sink.begun() => {
                    tracing::warn!(error = %e, "a file being sent was cut off");
                    let _ = sink.deliver(Err(io::Error::other(e.to_string())));
                    Ok(())
                }
                Err(e) => Err(e),
            }
        });
        futures_util::pin_mut!(job);
        match futures_util::future::select(head_rx, job).await {
            futures_util::future::Either::Left((Ok(head), _job)) => {
                // The blocking task goes on writing without this future being polled.
                Ok(Streamed { head, chunks })
            }
            futures_util::future::Either::Left((Err(_), job)) => match job.await {
                Err(e) => Err(e),
                Ok(()) => Err(ServiceError::internal("an export wrote no file")),
            },
            futures_util::future::Either::Right((done, head_rx)) => {
                done?;
                match head_rx.await {
                    Ok(head) => Ok(Streamed { head, chunks }),
                    Err(_) => Err(ServiceError::internal("an export wrote no file")),
                }
            }
        }
    }
}
