/** data/comun/siglas.yaml and data/<estado>/siglas.yaml: sigla → nombre completo. */
import { z } from 'zod';

export const SIGLA = /^[A-ZÁÉÍÓÚÑ]{2,}[a-z]?(?:-[A-ZÁÉÍÓÚÑ]{2,}[a-z]?)*$/;

export const siglasSchema = z
  .record(z.string(), z.string().trim().min(1, { message: 'escriba el nombre completo de la sigla' }), {
    message: 'el archivo debe ser una lista «SIGLA: nombre completo», una por línea',
  })
  .superRefine((o, ctx) => {
    for (const k of Object.keys(o)) {
      if (!SIGLA.test(k)) ctx.addIssue({ code: 'custom', path: [k], message: `«${k}» no es una sigla: escríbala en mayúsculas (2 letras o más; p. ej. «GN», «SEGOB-CI»)` });
    }
  });
