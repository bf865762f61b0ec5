//! Layer compression: detected from the stream's magic bytes, never trusted from a media type.

use super::blobs::HashingWriter;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

impl Compression {
    pub fn detect(head: &[u8]) -> Compression {
        if head.starts_with(&[0x1f, 0x8b]) {
            Compression::Gzip
        } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
            Compression::Zstd
        } else {
            Compression::None
        }
    }

    /// The compression a layer media type names (OCI's or Docker's).
    pub fn of_layer_media_type(media: &str) -> Compression {
        if media.ends_with("zstd") {
            Compression::Zstd
        } else if media.ends_with("gzip") {
            Compression::Gzip
        } else {
            Compression::None
        }
    }

    pub fn layer_media_type(self) -> &'static str {
        match self {
            Compression::None => "application/vnd.oci.image.layer.v1.tar",
            Compression::Gzip => "application/vnd.oci.image.layer.v1.tar+gzip",
            Compression::Zstd => "application/vnd.oci.image.layer.v1.tar+zstd",
        }
    }
}

/// Wrap `r` in the decompressor its first bytes call for.
pub fn decompress<'a, R: Read + 'a>(r: R) -> io::Result<(Compression, Box<dyn Read + 'a>)> {
    let mut br = BufReader::with_capacity(256 * 1024, r);
    let head = br.fill_buf()?;
    let c = Compression::detect(head);
    let out: Box<dyn Read + 'a> = match c {
        Compression::None => Box::new(br),
        Compression::Gzip => Box::new(flate2::bufread::MultiGzDecoder::new(br)),
        Compression::Zstd => Box::new(zstd::stream::read::Decoder::with_buffer(br)?),
    };
    Ok((c, out))
}

/// Write the layer `src` (compressed or not) to a new file `dest` compressed as `to`; returns
/// the written blob's digest and size. `dest` is removed again when this fails.
pub fn recompress(src: impl Read, to: Compression, dest: &Path) -> io::Result<(String, u64)> {
    let res = (|| {
        let (_, mut tar) = decompress(src)?;
        let mut out = HashingWriter::new(io::BufWriter::new(std::fs::File::create_new(dest)?));
        match to {
            Compression::Gzip => {
                let mut e = flate2::write::GzEncoder::new(&mut out, flate2::Compression::default());
                io::copy(&mut tar, &mut e)?;
                e.finish()?;
            }
            Compression::Zstd => {
                let mut e = zstd::stream::write::Encoder::new(&mut out, 3)?;
                io::copy(&mut tar, &mut e)?;
                e.finish()?;
            }
            Compression::None => {
                io::copy(&mut tar, &mut out)?;
            }
        }
        out.flush()?;
        Ok((out.digest(), out.count()))
    })();
    if res.is_err() {
        super::remove_file_or_warn(dest);
    }
    res
}
