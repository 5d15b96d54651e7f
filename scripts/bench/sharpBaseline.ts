import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { ImageSize } from 'payload'
import sharp from 'sharp'

/**
 * The upload baseline: what a script of its own must do to store the same files as
 * `POST /api/media` — the original as uploaded plus every image size of the Media collection, with
 * the collection's own dimensions and format options, named as Payload names them. Payload first
 * reads the dimensions (EXIF-rotated); so does this.
 */
export const bareUpload = async (
  photo: Buffer,
  sizes: ImageSize[],
  dir: string,
  filename: string,
): Promise<string[]> => {
  await mkdir(dir, { recursive: true })
  const { name } = path.parse(filename)
  await sharp(photo).rotate().metadata()
  const written = await Promise.all(
    sizes.map(async (size) => {
      let image = sharp(photo)
        .rotate()
        .resize({
          width: size.width ?? undefined,
          height: size.height ?? undefined,
          fit: size.fit,
          position: size.position,
          withoutEnlargement: size.withoutEnlargement,
        })
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
