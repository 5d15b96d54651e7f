import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { ImageSize } from 'payload'
import sharp from 'sharp'

/**
 * The upload baseline: what a script of its own must do to store the same files as
 * `POST /api/media` — the original as uploaded plus every image size of the Media collection, with
 * the collection's own dimensions and format options, named as Payload names them, byte for byte.
 * Payload first reads the dimensions (EXIF-rotated); so does this.
 *
 * A size whose shape differs from the photo's is cut around the focal point (the centre on
 * create, as Media.ts has `focalPoint: true`): Payload resizes without JPEG shrink-on-load until the
 * size is covered, then extracts the middle, rounding down. This does the same in one render, where
 * Payload renders once to learn the resized dimensions and again to extract. Other sizes are a plain
 * resize, as in Payload. Photos larger than every size only (the benchmark's 12-MP photo).
 */
export const bareUpload = async (
  photo: Buffer,
  sizes: ImageSize[],
  dir: string,
  filename: string,
): Promise<string[]> => {
  await mkdir(dir, { recursive: true })
  const { name } = path.parse(filename)
  const { width, height } = (await sharp(photo).metadata()).autoOrient
  const written = await Promise.all(
    sizes.map(async (size) => {
      let image = sharp(photo).rotate()
      const { width: w, height: h, fit } = size
      if (w && h && fit !== 'contain' && fit !== 'inside' && w / h !== width / height) {
        // Scaled to the size's height when the size is narrower than the photo, else to its width.
        const byHeight = w / h < width / height
        const scaledWidth = byHeight ? Math.round((width * h) / height) : w
        const scaledHeight = byHeight ? h : Math.round((height * w) / width)
        image = image
          .resize({ fastShrinkOnLoad: false, ...(byHeight ? { height: h } : { width: w }) })
          .extract({
            left: Math.floor((scaledWidth - w) / 2),
            top: Math.floor((scaledHeight - h) / 2),
            width: w,
            height: h,
          })
      } else {
        image = image.resize({
          width: w ?? undefined,
          height: h ?? undefined,
          fit,
          position: size.position,
          withoutEnlargement: size.withoutEnlargement,
        })
      }
      if (size.formatOptions) {
        image = image.toFormat(size.formatOptions.format, size.formatOptions.options)
      }
      const { data, info } = await image.toBuffer({ resolveWithObject: true })
      const file = `${name}-${info.width}x${info.height}.${info.format}`
      await writeFile(path.join(dir, file), data)
      return file
    }),
  )
  await writeFile(path.join(dir, filename), photo)
  return [filename, ...written]
}
