import {
  DetailPage,
  detailMetadata,
  type DetailProps,
} from '../../../../../components/portal/DetailPage.js'

export const generateMetadata = detailMetadata('digital-materials')

const Page = (props: DetailProps) => DetailPage({ collection: 'digital-materials', ...props })

export default Page
